// Idiom: next-token distribution for a batch of sequences: repetition penalty (CTRL-style: divide positive logits,
//        multiply negative ones), temperature, per-sequence max, exp, normalise
// Layout: flat float[] logits [batch * vocab], previous tokens as int[][] per sequence
// Correct
using System;

namespace HeldOut39.TemperatureSampling_BatchRows;

public static class Sampler
{
    public static void NextTokenProbs(float[] logits, float[] probs, int batch, int vocab, int[][] previous, float temperature, float penalty)
    {
        for (int b = 0; b < batch; b++)
        {
            int off = b * vocab;
            foreach (int tok in previous[b])
            {
                float l = logits[off + tok];
                logits[off + tok] = l > 0 ? l / penalty : l * penalty;
            }

            float maxLogit = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                maxLogit = MathF.Max(maxLogit, logits[off + v]);
            }

            float sum = 0f;
            for (int v = 0; v < vocab; v++)
            {
                float p = MathF.Exp((logits[off + v] - maxLogit) / temperature);
                probs[off + v] = p;
                sum += p;
            }

            float inv = 1f / sum;
            for (int v = 0; v < vocab; v++)
            {
                probs[off + v] *= inv;
            }
        }
    }
}
