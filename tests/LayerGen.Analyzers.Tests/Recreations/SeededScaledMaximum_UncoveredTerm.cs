// Bug variants of SeededScaledMaximum_BackgroundTerm: the seeded maximum and the extra option do not match. A maximum
// seeded at a constant 0 while the scaled dummy has a lower score (exp((−1 − best) / T)): for a slice far below 0 the
// logits are shifted by 0 and underflow, and the dummy is exp(−1 / T), itself 0 in float for T below ~0.0097 — 0 / 0
// (LG0003 at the logits' exp; the dummy's own exponent is ≤ 0). A zero-seeded maximum at a temperature with no seed
// term at all (LG0003). A maximum seeded with −∞ beside a scaled dummy exp((0 − best) / T): a slice far below 0 makes
// the dummy overflow (LG0003 at the dummy). An unscaled float dummy 200 above the constant seed: exp(200 − best)
// overflows while best < ~111, and the dummy's probability is inf / inf (LG0003 at the dummy; the logits, shifted by
// max(0, logits), are covered by it).
// Source: Soft Rasterizer and null-option softmax ports with the slip in the seed.
// Layouts: float[,] with a scaled dummy of another score; jagged double[][] without any seed term; ReadOnlySpan<float>
// with a −∞ seed; List<float> with a far dummy.
using System;
using System.Collections.Generic;

namespace Recreations.SeededScaledMaximumUncoveredTerm;

public static class UncoveredTerm
{
    public static void MatrixDummyOffSeed(float[,] logits, float temperature, float[,] probabilities)
    {
        for (int i = 0; i < logits.GetLength(0); i++)
        {
            float best = 0f;
            for (int k = 0; k < logits.GetLength(1); k++)
                best = MathF.Max(best, logits[i, k]);

            float z = MathF.Exp((-1f - best) / temperature);
            for (int k = 0; k < logits.GetLength(1); k++)
            {
                probabilities[i, k] = MathF.Exp((logits[i, k] - best) / temperature); //~ LG0003
                z += probabilities[i, k];
            }

            for (int k = 0; k < logits.GetLength(1); k++)
                probabilities[i, k] /= z;
        }
    }

    public static void JaggedZeroSeedScaled(double[][] scores, double gamma, double[][] weights)
    {
        for (int p = 0; p < scores.Length; p++)
        {
            double top = 0.0;
            foreach (double s in scores[p])
                top = Math.Max(top, s);

            double total = 0.0;
            for (int f = 0; f < scores[p].Length; f++)
            {
                weights[p][f] = Math.Exp((scores[p][f] - top) / gamma); //~ LG0003
                total += weights[p][f];
            }

            for (int f = 0; f < scores[p].Length; f++)
                weights[p][f] /= total;
        }
    }

    public static float SpanInfiniteSeed(ReadOnlySpan<float> logits, float temperature, Span<float> probabilities)
    {
        float best = float.NegativeInfinity;
        for (int k = 0; k < logits.Length; k++)
            best = MathF.Max(best, logits[k]);

        float none = MathF.Exp((0f - best) / temperature); //~ LG0003
        float z = none;
        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] = MathF.Exp((logits[k] - best) / temperature);
            z += probabilities[k];
        }

        for (int k = 0; k < logits.Length; k++)
            probabilities[k] /= z;
        return none / z;
    }

    public static float ListFarDummy(List<float> scores, List<float> probabilities)
    {
        float best = 0f;
        foreach (float s in scores)
            best = MathF.Max(best, s);

        float dummy = MathF.Exp(200f - best); //~ LG0003
        float z = dummy;
        for (int k = 0; k < scores.Count; k++)
        {
            probabilities[k] = MathF.Exp(scores[k] - best);
            z += probabilities[k];
        }

        for (int k = 0; k < scores.Count; k++)
            probabilities[k] /= z;
        return dummy / z;
    }
}
