// Standardise a row with the unbiased (n - 1) variance and no epsilon, like (x - x.mean()) / x.std(ddof=1).
// Re-creates: the z-score of NumPy/pandas (ddof = 1) that people copy into feature layers (shape only; our own code).
// expect: gradient
// rows: no-ties
// (no-ties: a row of equal values has sd = 0 and the forward divides 0 by 0.)
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class StandardizeUnbiased
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0;
        for (int i = 0; i < 6; i++) mean += x[i];
        mean /= 6;

        double ss = 0;
        for (int i = 0; i < 6; i++) ss += Math.Pow(x[i] - mean, 2);
        double sd = Math.Sqrt(ss / (6 - 1));

        for (int i = 0; i < 6; i++) y[i] = (x[i] - mean) / sd;
    }
}
