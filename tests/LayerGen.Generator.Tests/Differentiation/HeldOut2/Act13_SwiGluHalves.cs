// SwiGLU gate over the two halves of a row: y = silu(a) * b, a = x[0..4], b = x[4..8], 8 inputs to 4 outputs, float.
// Re-creates: the GLU-variant feed-forward of Shazeer 2020 after its two projections (shape only; our own code).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8, 4)]
public partial class SwiGluHalves
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int half = x.Length / 2;
        for (int i = 0; i < half; i++)
        {
            float a = x[i];
            float gate = a / (1f + MathF.Exp(-a));
            y[i] = gate * x[half + i];
        }
    }
}
