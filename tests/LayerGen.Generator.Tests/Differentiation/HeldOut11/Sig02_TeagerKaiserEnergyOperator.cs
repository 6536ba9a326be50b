// expect: gradient
// The Teager–Kaiser energy operator ψ[n] = x[n]² − x[n−1]·x[n+1] on the interior of a row (ends use their one
// neighbour: ψ[0] = x[0]² − x[0]·x[1]), then normalised by the mean power plus ε. Shape of the TKEO helpers in
// EMG/speech feature extraction scripts ported from MATLAB, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class TeagerKaiserEnergyOperator
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int last = x.Length - 1;
        y[0] = x[0] * x[0] - x[0] * x[1];
        for (int i = 1; i < last; i++)
            y[i] = x[i] * x[i] - x[i - 1] * x[i + 1];
        y[last] = x[last] * x[last] - x[last] * x[last - 1];

        double power = 0;
        foreach (double v in x) power += v * v;
        power = power / x.Length + 1e-3;
        for (int i = 0; i <= last; i++) y[i] /= power;
    }
}
