// Idiom: partial-credit / rating-scale probabilities for every person x item with ragged per-item thresholds, the
// category numerators built in a helper as a List<float> starting from exp(0) = 1 and exponentiated as accumulated.
// Layout: float[] abilities, float[] difficulties, jagged float[items][thresholds_i]; person-major jagged out; MathF.
// Bug: LG0003 (exp of the unshifted cumulative sums overflows for theta - delta of ~100 in float).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.RatingScale_RawThresholdSums;

public static class PartialCreditScoring
{
    public static float[][] Probabilities(float[] ability, float[] difficulty, float[][] thresholds)
    {
        int items = difficulty.Length;
        var result = new float[ability.Length * items][];
        for (int p = 0; p < ability.Length; p++)
        {
            for (int i = 0; i < items; i++)
            {
                result[p * items + i] = Categories(ability[p] - difficulty[i], thresholds[i]);
            }
        }

        return result;
    }

    private static float[] Categories(float eta, float[] tau)
    {
        var numerators = new List<float> { 1f };
        float cum = 0f;
        foreach (float t in tau)
        {
            cum += eta - t;
            numerators.Add(MathF.Exp(cum)); //~ LG0003
        }

        float z = 0f;
        foreach (float v in numerators)
        {
            z += v;
        }

        return numerators.Select(v => v / z).ToArray();
    }
}
