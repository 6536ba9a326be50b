// Idiom: generalized partial credit model (Muraki) for one examinee over a test of polytomous items with different
// numbers of categories: cumulative numerators z_k = sum_{s<=k} a (theta - b + d_s), z_0 = 0, shifted by the item's
// largest numerator (style of rpf's gpcm and xxIRT's model_gpcm_prob, written in our own C#).
// Layout: jagged double[items][categories_i] out, item records with a ragged step array.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut50.PartialCredit_RaggedItems;

public sealed record GpcmItem(string Id, double Slope, double Location, double[] Steps);

public static class GpcmTrace
{
    public static double[][] ForExaminee(double theta, IReadOnlyList<GpcmItem> items)
    {
        var probabilities = new double[items.Count][];
        for (int i = 0; i < items.Count; i++)
        {
            GpcmItem item = items[i];
            var z = new double[item.Steps.Length + 1];
            for (int k = 1; k < z.Length; k++)
            {
                z[k] = z[k - 1] + item.Slope * (theta - item.Location + item.Steps[k - 1]);
            }

            double zMax = z[0];
            for (int k = 1; k < z.Length; k++)
            {
                zMax = Math.Max(zMax, z[k]);
            }

            double sum = 0.0;
            for (int k = 0; k < z.Length; k++)
            {
                z[k] = Math.Exp(z[k] - zMax);
                sum += z[k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                z[k] /= sum;
            }

            probabilities[i] = z;
        }

        return probabilities;
    }
}
