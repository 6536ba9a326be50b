// Idiom: base-calling probabilities per read position over A/C/G/T from a basecaller's per-cycle scores (the step
// before quality values are derived); a stable softmax per position, the maximum found with an `if`.
// Layout: float[positions, 4] row-major (one row per read position, columns A, C, G, T); MathF.Exp.
// Correct.
// Inspired by the per-cycle base probabilities of AYB (timmassingham/AYB--All-Your-Base-, call_bases); our own code.
using System;

namespace HeldOut47.BaseCalls_PerPositionProbabilities;

public static class BaseCaller
{
    private const int Bases = 4;

    public static float[,] BaseProbabilities(float[,] scores)
    {
        int positions = scores.GetLength(0);
        var prob = new float[positions, Bases];
        for (int pos = 0; pos < positions; pos++)
        {
            float best = scores[pos, 0];
            for (int b = 1; b < Bases; b++)
            {
                if (scores[pos, b] > best) best = scores[pos, b];
            }

            float z = 0f;
            for (int b = 0; b < Bases; b++)
            {
                float e = MathF.Exp(scores[pos, b] - best);
                prob[pos, b] = e;
                z += e;
            }

            for (int b = 0; b < Bases; b++)
            {
                prob[pos, b] /= z;
            }
        }

        return prob;
    }
}
