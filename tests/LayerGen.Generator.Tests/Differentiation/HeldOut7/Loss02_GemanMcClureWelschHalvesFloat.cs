// Two redescending robust losses over the halves of a residual row: Geman–McClure 2(x/c)²/((x/c)² + 4) on the first
// half and Welsch/Leclerc 1 − exp(−½(x/c)²) on the second, chosen by a ternary on the index (c = 1), as in a robust
// fitting toolbox's per-residual loss. Shape of the losses tabulated in Barron (2019), written from memory.
// A user expects the gradient for every residual.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class GemanMcClureWelschHalvesFloat
{
    const float C = 1f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int half = x.Length / 2;
        for (int i = 0; i < x.Length; i++)
        {
            float r = x[i] / C;
            float r2 = r * r;
            y[i] = i < half ? 2f * r2 / (r2 + 4f) : 1f - MathF.Exp(-0.5f * r2);
        }
    }
}
