// known gap: LG0005 on log(p + 1e-12) in the loss (a true LG0005 pattern; labels here cover LG0001-LG0004 only)
// gap: +LG0005@37
// Source: label-smoothed cross-entropy from scratch over a flat batch buffer (shape of hand-written C# loss
// layers such as kowaliszyn-pl/ml-csharp losses, flattened [batch * classes] as in SharpNet/KelpNet buffers).
// Layout: float[] flat [batch, classes]; softmax over classes per sample.
// Bug LG0002: the normaliser is declared before the sample loop and never reset, so it grows across samples.
using System;

namespace HeldOut7.LabelSmoothedCeSumNotReset
{
    public static class FlatSmoothedLoss
    {
        public static float Forward(float[] logits, int classes, int[] labels, float smoothing, float[] probs)
        {
            int batch = logits.Length / classes;
            float loss = 0f;
            float norm = 0f;
            for (int b = 0; b < batch; b++)
            {
                int off = b * classes;
                float max = logits[off];
                for (int c = 1; c < classes; c++)
                {
                    max = MathF.Max(max, logits[off + c]);
                }

                for (int c = 0; c < classes; c++)
                {
                    probs[off + c] = MathF.Exp(logits[off + c] - max);
                    norm += probs[off + c]; //~ LG0002
                }

                for (int c = 0; c < classes; c++)
                {
                    probs[off + c] /= norm;
                    float target = c == labels[b] ? 1f - smoothing : smoothing / (classes - 1);
                    loss -= target * MathF.Log(probs[off + c] + 1e-12f);
                }
            }

            return loss / batch;
        }
    }
}
