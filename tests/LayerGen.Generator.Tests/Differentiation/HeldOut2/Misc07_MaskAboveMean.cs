// Dropout-free comparison mask: keep entries above the row mean, zero the rest (x * (x > x.mean())).
// Re-creates: the mean-threshold gating of attention-pruning code (shape only; our own code).
// expect: gradient
// rows: no-ties
// (no-ties: a row of equal values puts every entry exactly on the threshold, where the output jumps.)
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class MaskAboveMean
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++) mean += x[i] / x.Length;
        for (int i = 0; i < x.Length; i++)
        {
            bool keep = x[i] > mean;
            y[i] = keep ? x[i] : 0.0;
        }
    }
}
