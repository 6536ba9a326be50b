// Idiom: Gumbel-softmax (concrete) relaxation, y = softmax((logits + g) / tau) per sample, with the Gumbel noise
// g = -log(-log u) drawn by the caller (passed in, so a training step can be replayed). Use: differentiable sampling of
// categorical latents. Layout: flat float[batch * classes] logits and noise, Span slices per sample, MathF.Exp.
// Inspired by Jang et al. / Maddison et al. (Gumbel-softmax, concrete distribution). Our own code.
// Correct: per-sample max of the perturbed, tempered logits; per-sample sum.
using System;

namespace HeldOut65.GumbelSoftmax_FlatSpanBatch;

public static class GumbelSoftmax
{
    public static float[] Relax(float[] logits, float[] gumbel, int classes, float tau)
    {
        var y = new float[logits.Length];
        int batch = logits.Length / classes;
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<float> l = logits.AsSpan(b * classes, classes);
            ReadOnlySpan<float> g = gumbel.AsSpan(b * classes, classes);
            Span<float> s = y.AsSpan(b * classes, classes);
            float top = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                s[k] = (l[k] + g[k]) / tau;
                top = MathF.Max(top, s[k]);
            }

            float z = 0f;
            for (int k = 0; k < classes; k++)
            {
                s[k] = MathF.Exp(s[k] - top);
                z += s[k];
            }

            float inv = 1f / z;
            for (int k = 0; k < classes; k++)
            {
                s[k] *= inv;
            }
        }

        return y;
    }
}
