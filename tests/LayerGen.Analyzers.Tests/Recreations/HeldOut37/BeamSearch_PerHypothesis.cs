// Idiom: beam search step, next-token distribution of every hypothesis with temperature
// Layout: flat float[] logits [batch * beams, vocab], row offset (b * beams + h) * vocab
// Correct
using System;

namespace HeldOut37.BeamSearch_PerHypothesis;

public static class BeamStep
{
    public static float[] NextTokenProbabilities(float[] logits, int batch, int beams, int vocab, float temperature)
    {
        var probs = new float[logits.Length];
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < beams; h++)
            {
                int off = (b * beams + h) * vocab;
                float max = float.MinValue;
                for (int v = 0; v < vocab; v++)
                {
                    max = Math.Max(max, logits[off + v]);
                }

                float sum = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    probs[off + v] = MathF.Exp((logits[off + v] - max) / temperature);
                    sum += probs[off + v];
                }

                for (int v = 0; v < vocab; v++)
                {
                    probs[off + v] /= sum;
                }
            }
        }

        return probs;
    }
}
