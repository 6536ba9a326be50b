// LayerNorm with epsilon added to the standard deviation, (x - mean) / (std + eps) * gain + bias,
// as in the Annotated Transformer's LayerNorm (eps outside the square root), double.
// Re-creates: "The Annotated Transformer" LayerNorm module (shape only; our own code).
// expect: gradient
// rows: no-ties
// (no-ties: a row of equal values has std = 0, where sqrt has no derivative.)
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class LayerNormEpsOutsideSqrt
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(8, Initial = 1)] ReadOnlySpan<double> a2, [Learnable(8)] ReadOnlySpan<double> b2)
    {
        int n = x.Length;
        double mean = 0;
        for (int i = 0; i < n; i++) mean += x[i];
        mean /= n;
        double sq = 0;
        for (int i = 0; i < n; i++)
        {
            double d = x[i] - mean;
            sq += d * d;
        }
        double std = Math.Sqrt(sq / (n - 1));
        for (int i = 0; i < n; i++)
            y[i] = a2[i] * (x[i] - mean) / (std + 1e-6) + b2[i];
    }
}
