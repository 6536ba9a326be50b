// Sigmoid self-attention (Ramapuram et al., "Theory, analysis and best practices for sigmoid self-attention"): each
// weight is σ(q·k/√d + b) with the bias b = −log n instead of a row softmax, no normalisation over keys; four tokens of
// two features, q = k = v = the tokens, written with the sigmoid as 1/(1 + e^−z) in a static helper.
// A user expects the gradient of the element-wise sigmoid attention.
// expect: gradient
// rows: no-large
// no-large: at |x| = 1000 the logits reach ±10⁶ and MathF.Exp(10⁶) is +∞ inside the helper (the weight is 0, its
// derivative ∞/∞).
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class SigmoidAttentionLogBiasFloat
{
    const int Tokens = 4, Dim = 2;

    static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float bias = -MathF.Log(Tokens);
        float inverseSqrtD = 1f / MathF.Sqrt(Dim);
        for (int i = 0; i < Tokens; i++)
        {
            float out0 = 0f, out1 = 0f;
            for (int j = 0; j < Tokens; j++)
            {
                float logit = (x[2 * i] * x[2 * j] + x[2 * i + 1] * x[2 * j + 1]) * inverseSqrtD + bias;
                float a = Sigmoid(logit);
                out0 += a * x[2 * j];
                out1 += a * x[2 * j + 1];
            }
            y[2 * i] = out0;
            y[2 * i + 1] = out1;
        }
    }
}
