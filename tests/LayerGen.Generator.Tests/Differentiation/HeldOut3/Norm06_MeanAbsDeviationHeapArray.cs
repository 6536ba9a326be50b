// expect: gradient
// rows: no-ties
// Robust row scaling by the mean absolute deviation (as in MAD-based normalisers): the centred values kept in a
// heap-allocated local array (new double[n], the way a NumPy port writes `d = x - x.mean()`), divided by
// mean|d| + eps. no-ties: a row of equal values has d = 0, where |d| is not differentiable. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class MeanAbsDeviationNorm
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        double mean = 0;
        foreach (var v in x) mean += v;
        mean /= n;
        double[] d = new double[n];
        double mad = 0;
        for (int i = 0; i < n; i++)
        {
            d[i] = x[i] - mean;
            mad += Math.Abs(d[i]);
        }
        mad /= n;
        for (int i = 0; i < n; i++) y[i] = d[i] / (mad + 1e-5);
    }
}
