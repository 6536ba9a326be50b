// BatchNorm-style centring that also updates a running mean kept in a static field (momentum 0.1).
// Re-creates: the running_mean update of BatchNorm implementations in NumPy-from-scratch code (shape only; our own code).
// Mutating a field in the forward is a side effect: an error is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class RunningMeanStaticField
{
    static double runningMean;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++) mean += x[i];
        mean /= x.Length;
        runningMean = 0.9 * runningMean + 0.1 * mean; //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = x[i] - mean;
    }
}
