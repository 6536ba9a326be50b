// Source: Bock's nominal response model in item response theory (mirt / ltm category probabilities), re-created
// shape: P(category k of item i | theta) = exp(a_ik theta + c_ik) / sum_k exp(a_ik theta + c_ik).
// Layout: IReadOnlyList<record NrmItem> with double[] slopes and intercepts, ragged double[][] output. Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut9;

public sealed record NrmItem(double[] Slopes, double[] Intercepts);

public static class NominalResponseIrt_ItemCategoryTable
{
    public static double[][] CategoryProbabilities(IReadOnlyList<NrmItem> items, double theta)
    {
        var table = new double[items.Count][];
        for (int i = 0; i < items.Count; i++)
        {
            NrmItem item = items[i];
            int k = item.Slopes.Length;
            var z = new double[k];
            double zMax = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                z[c] = item.Slopes[c] * theta + item.Intercepts[c];
                zMax = Math.Max(zMax, z[c]);
            }

            double denom = 0.0;
            for (int c = 0; c < k; c++)
            {
                z[c] = Math.Exp(z[c] - zMax);
                denom += z[c];
            }

            for (int c = 0; c < k; c++)
            {
                z[c] /= denom;
            }

            table[i] = z;
        }

        return table;
    }
}
