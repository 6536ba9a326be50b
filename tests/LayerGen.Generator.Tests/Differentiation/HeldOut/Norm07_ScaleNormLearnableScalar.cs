// ScaleNorm: g · x / ‖x‖ with one learnable scalar g (Learnable(1)), read as g[0] in every entry.
// Re-creates: ScaleNorm of Nguyen & Salazar (2019), `g * x / x.norm(dim=-1, keepdim=True).clamp(min=eps)` without the clamp.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class ScaleNormLearnableScalar
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 2.8)] ReadOnlySpan<double> g)
    {
        double norm = 0;
        for (int i = 0; i < x.Length; i++) norm += x[i] * x[i];
        norm = Math.Sqrt(norm);
        for (int i = 0; i < x.Length; i++) y[i] = g[0] * x[i] / norm;
    }
}
