// Re-creation (our own code) of the shape of the pointer-generator's attention and coverage step (See et al. 2017),
// with the attention normaliser kept next to the coverage vector across decoder steps.
// Layout: float[steps, sourceLength] scores (rank 2), per-step max, coverage float[] accumulated over steps.
// Bug (LG0002): the attention denominator is declared with the coverage state above the step loop and never reset,
// so from the second decoder step on the attention sums to less than 1.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class PointerGeneratorAttentionSumAcrossSteps
{
    public static void Attend(float[,] scores, float[,] attention, float[] coverage)
    {
        int steps = scores.GetLength(0);
        int sourceLength = scores.GetLength(1);
        float denominator = 0f;
        for (int t = 0; t < steps; t++)
        {
            float max = float.NegativeInfinity;
            for (int i = 0; i < sourceLength; i++)
                max = MathF.Max(max, scores[t, i]);

            for (int i = 0; i < sourceLength; i++)
            {
                attention[t, i] = MathF.Exp(scores[t, i] - max);
                denominator += attention[t, i]; //~ LG0002
            }

            for (int i = 0; i < sourceLength; i++)
            {
                attention[t, i] /= denominator;
                coverage[i] += attention[t, i];
            }
        }
    }
}
