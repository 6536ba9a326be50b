// Idiom: attention over the visits of each patient record, precomputed visit scores stored flat with a visit count per
// patient (a running offset walks the buffer). Use: explanation panel of a readmission model.
// Layout: flat float[] scores + int[] visitCounts, offset `o` advanced by each count; MathF.Exp.
// Inspired by: the Gen.jl sepsis simulator's `softmax(vector) = exp.(vector) / sum(exp.(vector))` (found with the code
// search); our own code.
// Bug (LG0003): the visit scores are exponentiated unshifted (Infinity / NaN above ~88 in float).
using System;

namespace HeldOut54.VisitAttention_FlatRawExp;

public static class FlatVisitAttention
{
    public static float[] Weights(float[] scores, int[] visitCounts)
    {
        var weights = new float[scores.Length];
        int o = 0;
        foreach (int count in visitCounts)
        {
            float denominator = 0f;
            for (int v = 0; v < count; v++)
            {
                weights[o + v] = MathF.Exp(scores[o + v]); //~ LG0003
                denominator += weights[o + v];
            }

            for (int v = 0; v < count; v++)
            {
                weights[o + v] /= denominator;
            }

            o += count;
        }

        return weights;
    }
}
