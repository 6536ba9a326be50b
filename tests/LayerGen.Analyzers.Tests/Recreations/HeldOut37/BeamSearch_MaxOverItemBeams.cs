// Idiom: beam search step, one max per batch item shared by its beams, then each hypothesis normalised
// Layout: float[,] logits [batch * beams, vocab], hypotheses of item b at rows b * beams .. (b + 1) * beams - 1
// Bug (LG0001): the max spans every beam of the batch item, the sum only one hypothesis' vocabulary
using System;

namespace HeldOut37.BeamSearch_MaxOverItemBeams;

public static class BeamStep
{
    public static float[,] Expand(float[,] logits, int beams)
    {
        int rows = logits.GetLength(0), vocab = logits.GetLength(1), batch = rows / beams;
        var probs = new float[rows, vocab];
        for (int b = 0; b < batch; b++)
        {
            float itemMax = float.NegativeInfinity;
            for (int r = b * beams; r < (b + 1) * beams; r++)
            {
                for (int v = 0; v < vocab; v++)
                {
                    itemMax = Math.Max(itemMax, logits[r, v]); //~ LG0001
                }
            }

            for (int r = b * beams; r < (b + 1) * beams; r++)
            {
                float sum = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    probs[r, v] = MathF.Exp(logits[r, v] - itemMax);
                    sum += probs[r, v];
                }

                for (int v = 0; v < vocab; v++)
                {
                    probs[r, v] /= sum;
                }
            }
        }

        return probs;
    }
}
