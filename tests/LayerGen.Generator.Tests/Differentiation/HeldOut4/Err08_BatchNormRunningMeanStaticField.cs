// A normaliser that also updates a running mean, as BatchNorm's training forward does (running_mean = (1 − m)·running_mean
// + m·mean), kept in a static field: a side effect on state outside the row, which a derived backward cannot replay.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class BatchNormRunningMeanStaticField
{
    static double runningMean;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++)
            mean += x[i];
        mean /= x.Length;
        runningMean = 0.9 * runningMean + 0.1 * mean; //~ LG11
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] - mean;
    }
}
