// Idiom: multinomial-logit choice shares over the products of each price tier, float, `float.Exp`, the peak utility
// folded with `Aggregate(float.NegativeInfinity, MathF.Max)`, a `while` loop for the exps.
// Layout: List<PriceTier> records with a float[] of product utilities; List<float[]> out.
// Correct: each tier's own peak utility is subtracted.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.PriceTierShares_GenericShifted;

public sealed record PriceTier(string Name, float[] ProductUtilities);

public static class TierDemand
{
    public static List<float[]> ChoiceShares(List<PriceTier> tiers)
    {
        var shares = new List<float[]>(tiers.Count);
        foreach (PriceTier tier in tiers)
        {
            float[] u = tier.ProductUtilities;
            float peak = u.Aggregate(float.NegativeInfinity, MathF.Max);
            var s = new float[u.Length];
            float denom = 0f;
            int i = 0;
            while (i < u.Length)
            {
                s[i] = float.Exp(u[i] - peak);
                denom += s[i];
                i++;
            }

            for (int j = 0; j < s.Length; j++)
            {
                s[j] /= denom;
            }

            shares.Add(s);
        }

        return shares;
    }
}
