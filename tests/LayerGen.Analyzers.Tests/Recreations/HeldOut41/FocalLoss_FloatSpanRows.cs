// Idiom: focal loss, weight (1 - p_y)^γ on the cross-entropy of each sample, float buffers
// Layout: flat float[] rows sliced into Span<float> per sample
// Correct
using System;

namespace HeldOut41.FocalLoss_FloatSpanRows;

public static class FocalLoss
{
    public static float Forward(float[] logits, int[] labels, int classes, float gamma, float[] probs)
    {
        float loss = 0f;
        for (int n = 0; n < labels.Length; n++)
        {
            Span<float> z = logits.AsSpan(n * classes, classes);
            Span<float> p = probs.AsSpan(n * classes, classes);
            float max = z[0];
            for (int c = 1; c < z.Length; c++)
                max = MathF.Max(max, z[c]);
            float sum = 0f;
            for (int c = 0; c < z.Length; c++)
            {
                p[c] = MathF.Exp(z[c] - max);
                sum += p[c];
            }
            for (int c = 0; c < p.Length; c++)
                p[c] /= sum;
            float pt = p[labels[n]];
            float ce = max + MathF.Log(sum) - z[labels[n]];
            loss += MathF.Pow(1f - pt, gamma) * ce;
        }
        return loss / labels.Length;
    }
}
