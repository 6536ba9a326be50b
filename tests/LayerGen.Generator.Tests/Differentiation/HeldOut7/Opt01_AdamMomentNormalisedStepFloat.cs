// AdamW's update written as a layer: the row is one weight's gradients over eight steps (second half) and the weight
// seen at each step (first half); the moments run along the row with bias correction by running powers of the betas,
// and the learning rate is learnable in log space. Shape of torch.optim.AdamW's single-tensor step, written from memory.
// A user expects the update's gradient with respect to the gradients, the weights and the log learning rate.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 8)]
public partial class AdamMomentNormalisedStepFloat
{
    const float Beta1 = 0.9f, Beta2 = 0.999f, Eps = 1e-8f, WeightDecay = 0.01f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = -2)] ReadOnlySpan<float> logLr)
    {
        ReadOnlySpan<float> weights = x.Slice(0, 8);
        ReadOnlySpan<float> grads = x.Slice(8, 8);
        float lr = MathF.Exp(logLr[0]);

        float m = 0f, v = 0f;
        float beta1Power = 1f, beta2Power = 1f;
        for (int t = 0; t < grads.Length; t++)
        {
            m = Beta1 * m + (1 - Beta1) * grads[t];
            v = Beta2 * v + (1 - Beta2) * grads[t] * grads[t];
            beta1Power *= Beta1;
            beta2Power *= Beta2;
            float mHat = m / (1 - beta1Power);
            float vHat = v / (1 - beta2Power);
            y[t] = weights[t] - lr * (mHat / (MathF.Sqrt(vHat) + Eps) + WeightDecay * weights[t]);
        }
    }
}
