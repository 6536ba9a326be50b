// expect: gradient
// rows: no-ties
// Max-abs scaling (scikit-learn's MaxAbsScaler applied per row): x / max|x|, the max folded with Math.Max over
// Math.Abs and a small floor. no-ties: the divisor is a maximum. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class MaxAbsScale
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double scale = 1e-12;
        for (int i = 0; i < x.Length; i++)
            scale = Math.Max(scale, Math.Abs(x[i]));
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] / scale;
    }
}
