// expect: gradient
// Mean-centring and RMS scaling of a float row with double accumulators and explicit casts (the usual C# guard against
// float round-off in sums; the shape of ML.NET's global contrast normalisation): (double) sums, Math.Sqrt in double, a float result.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class CentreScaleMixed
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        double sum = 0, sumSquares = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            sum += v;
            sumSquares += v * v;
        }
        double mean = sum / x.Length;
        double meanSquare = sumSquares / x.Length;
        double scale = 1.0 / Math.Sqrt(meanSquare + 1e-3);
        for (int i = 0; i < x.Length; i++)
            y[i] = (float)((x[i] - mean) * scale);
    }
}
