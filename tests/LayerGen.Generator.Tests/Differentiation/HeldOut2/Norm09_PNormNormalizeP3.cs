// L^p normalisation with p = 3: x / (sum |x|^3)^(1/3), via Math.Pow and Math.Abs.
// Re-creates: F.normalize(x, p=3) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class PNormNormalizeP3
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double p = 3;
        double acc = 0;
        for (int i = 0; i < x.Length; i++) acc += Math.Pow(Math.Abs(x[i]), p);
        double norm = Math.Pow(acc, 1 / p);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / norm;
    }
}
