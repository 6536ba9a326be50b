// Re-creation (our own code) of the shape of e2e-coref antecedent probabilities (Lee et al. 2017), dummy ε at score 0.
// Layout: packed lower triangle float[], mention i's antecedents at i(i − 1)/2; the normaliser declared with the
// other per-document state above the mention loop.
// Bug (LG0002): the normaliser is never reset per mention: it accumulates the antecedent weights of every earlier
// mention, so later mentions' distributions sum to less than 1.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class CorefAntecedentsSumOverDocument
{
    public static void Antecedents(float[] pairScores, int mentions, float[] antecedentProbability, float[] dummyProbability)
    {
        float normaliser = 0f;
        int offset = 0;
        for (int i = 0; i < mentions; i++)
        {
            float best = 0f;
            for (int j = 0; j < i; j++)
                best = MathF.Max(best, pairScores[offset + j]);

            float dummy = MathF.Exp(-best);
            for (int j = 0; j < i; j++)
            {
                antecedentProbability[offset + j] = MathF.Exp(pairScores[offset + j] - best);
                normaliser += antecedentProbability[offset + j]; //~ LG0002
            }

            float denominator = normaliser + dummy;
            dummyProbability[i] = dummy / denominator;
            for (int j = 0; j < i; j++)
                antecedentProbability[offset + j] /= denominator;
            offset += i;
        }
    }
}
