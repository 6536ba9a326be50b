// Re-creation (our own code) of the shape of openai/whisper, whisper/decoding.py, GreedyDecoder.update with
// temperature > 0 (Categorical(logits=logits / temperature).sample()), with the categorical sampling written out by
// hand: a weight per token, the total, then a walk of the cumulative weights against a uniform draw.
// Layout: jagged float[nAudio][nVocab]; the weight is a static local function `Weight(z) => MathF.Exp(z)`.
// Bug (LG0003): exp of logit / temperature without the max subtracted (overflows for large logits or small
// temperatures); the exp sits in the local function, so the marker is on the line that calls it.
using System;

namespace Recreations.Whisper_RawCategoricalWeights;

/// <summary>Whisper's sampling step with a hand-written categorical sampler.</summary>
public static class HandSampler
{
    /// <summary>Draws one token per audio; the probabilities are written into <paramref name="probs"/>.</summary>
    public static int[] SampleTokens(float[][] logits, float temperature, Random rng, float[][] probs)
    {
        var tokens = new int[logits.Length];
        for (int a = 0; a < logits.Length; a++)
        {
            float[] row = logits[a];
            float total = 0f;
            for (int v = 0; v < row.Length; v++)
            {
                probs[a][v] = Weight(row[v] / temperature); //~ LG0003
                total += probs[a][v];
            }

            for (int v = 0; v < row.Length; v++)
            {
                probs[a][v] /= total;
            }

            float coin = (float)rng.NextDouble();
            float cdf = 0f;
            tokens[a] = row.Length - 1;
            for (int v = 0; v < row.Length; v++)
            {
                cdf += probs[a][v];
                if (coin < cdf)
                {
                    tokens[a] = v;
                    break;
                }
            }
        }

        return tokens;

        static float Weight(float z) => MathF.Exp(z);
    }
}
