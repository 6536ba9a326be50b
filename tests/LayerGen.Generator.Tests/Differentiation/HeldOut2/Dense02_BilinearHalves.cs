// Bilinear layer over the two halves of a row: y_k = a^T W_k b + bias_k, a = x[0..3], b = x[3..6], 2 outputs, float.
// Re-creates: torch.nn.Bilinear(3, 3, 2) for one sample (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6, 2)]
public partial class BilinearHalves
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(18, StandardDeviation = 0.3)] ReadOnlySpan<float> w,
                           [Learnable(2)] ReadOnlySpan<float> bias)
    {
        ReadOnlySpan<float> a = x[..3];
        ReadOnlySpan<float> b = x[3..];
        for (int k = 0; k < 2; k++)
        {
            float total = bias[k];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    total += a[i] * w[k * 9 + i * 3 + j] * b[j];
            y[k] = total;
        }
    }
}
