// WaveNet-style dilated causal convolution (dilation 2, 3 learnable taps) through tanh plus a residual connection:
// y[t] = tanh(Σ_k w[k]·x[t − 2k]) + x[t]; the source index is an int local, taps before the row start dropped by an `if`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class DilatedCausalConvResidualFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(3, Initial = 0.3, StandardDeviation = 0.3)] ReadOnlySpan<float> weights)
    {
        const int Dilation = 2;
        for (int t = 0; t < x.Length; t++)
        {
            float acc = 0f;
            for (int k = 0; k < 3; k++)
            {
                int source = t - k * Dilation;
                if (source >= 0)
                    acc += weights[k] * x[source];
            }
            y[t] = MathF.Tanh(acc) + x[t];
        }
    }
}
