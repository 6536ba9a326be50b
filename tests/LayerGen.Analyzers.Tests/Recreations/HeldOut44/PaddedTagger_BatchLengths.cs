// Idiom: batched sequence tagger over padded sentences, tag distribution for every real (unpadded) token
// Layout: flat float[batch * maxLen * tags] with strides, int[] lengths; padding positions left at zero
// Correct
using System;

namespace HeldOut44.PaddedTagger_BatchLengths;

public static class PaddedBatchTagger
{
    public static float[] TagProbabilities(float[] logits, int batch, int maxLen, int tags, int[] lengths)
    {
        var probs = new float[logits.Length];
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < lengths[b]; t++)
            {
                int baseIndex = (b * maxLen + t) * tags;
                float m = logits[baseIndex];
                for (int k = 1; k < tags; k++)
                {
                    if (logits[baseIndex + k] > m) m = logits[baseIndex + k];
                }

                float s = 0f;
                for (int k = 0; k < tags; k++)
                {
                    float e = MathF.Exp(logits[baseIndex + k] - m);
                    probs[baseIndex + k] = e;
                    s += e;
                }

                float inv = 1f / s;
                for (int k = 0; k < tags; k++)
                {
                    probs[baseIndex + k] *= inv;
                }
            }
        }
        return probs;
    }
}
