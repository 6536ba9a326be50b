// Re-creation (our own code) of the shape of end-to-end coreference's antecedent distribution (Lee et al. 2017,
// e2e-coref: mention i chooses among antecedents j < i and a dummy ε with fixed score 0).
// Layout: packed lower triangle float[] with mention i's antecedents at i(i − 1)/2 .. + i; dummy probability in its
// own float[mentions]; the maximum starts at the dummy's 0.
// Correct: each mention's shift is the maximum over its own antecedents and the dummy.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class CorefAntecedentsTriangularPacked
{
    public static void Antecedents(float[] pairScores, int mentions, float[] antecedentProbability, float[] dummyProbability)
    {
        for (int i = 0; i < mentions; i++)
        {
            int offset = i * (i - 1) / 2;
            float best = 0f;
            for (int j = 0; j < i; j++)
                best = MathF.Max(best, pairScores[offset + j]);

            float dummy = MathF.Exp(-best);
            float total = dummy;
            for (int j = 0; j < i; j++)
            {
                antecedentProbability[offset + j] = MathF.Exp(pairScores[offset + j] - best);
                total += antecedentProbability[offset + j];
            }

            dummyProbability[i] = dummy / total;
            for (int j = 0; j < i; j++)
                antecedentProbability[offset + j] /= total;
        }
    }
}
