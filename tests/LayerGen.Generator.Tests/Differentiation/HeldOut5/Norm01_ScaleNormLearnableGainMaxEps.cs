// ScaleNorm (Nguyen and Salazar 2019, "Transformers without Tears"): y = g · x / max(‖x‖, ε) with one learnable
// scalar g initialised to √d, as in their fairseq code (x.norm(dim=-1).clamp(min=eps)).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(16)]
public partial class ScaleNormLearnableGainMaxEps
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 4)] ReadOnlySpan<double> g)
    {
        double squares = 0;
        for (int i = 0; i < x.Length; i++) squares += x[i] * x[i];
        double norm = Math.Max(Math.Sqrt(squares), 1e-5);
        double scale = g[0] / norm;
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * scale;
    }
}
