// torch.nn.Bilinear(3, 3, 2): y_o = a^T W_o b + bias_o on a row split into a | b, with W stored [out, in1, in2].
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(6, 2)]
public partial class BilinearLearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(18, StandardDeviation = 0.5)] ReadOnlySpan<float> weight,
        [Learnable(2)] ReadOnlySpan<float> bias)
    {
        var a = x[..3];
        var b = x[3..];
        for (int o = 0; o < 2; o++)
        {
            float s = bias[o];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    s += a[i] * weight[o * 9 + i * 3 + j] * b[j];
            y[o] = s;
        }
    }
}
