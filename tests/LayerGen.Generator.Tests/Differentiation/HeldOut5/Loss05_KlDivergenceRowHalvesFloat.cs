// KL(p || q) between the softmax distributions of the two halves of a row (distillation loss,
// torch.nn.functional.kl_div(log_q, p, reduction="sum") with log-probabilities computed by log_softmax).
// The halves are taken with range indexers.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(16, 1)]
public partial class KlDivergenceRowHalvesFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length / 2;
        ReadOnlySpan<float> a = x[..n];
        ReadOnlySpan<float> b = x[n..];

        float maxA = a[0], maxB = b[0];
        for (int i = 1; i < n; i++)
        {
            if (a[i] > maxA) maxA = a[i];
            if (b[i] > maxB) maxB = b[i];
        }
        float sumA = 0f, sumB = 0f;
        for (int i = 0; i < n; i++)
        {
            sumA += MathF.Exp(a[i] - maxA);
            sumB += MathF.Exp(b[i] - maxB);
        }
        float logZa = maxA + MathF.Log(sumA);
        float logZb = maxB + MathF.Log(sumB);

        float kl = 0f;
        for (int i = 0; i < n; i++)
        {
            float logP = a[i] - logZa;
            float logQ = b[i] - logZb;
            kl += MathF.Exp(logP) * (logP - logQ);
        }
        y[0] = kl;
    }
}
