// known gap: reported LG0004 instead of LG0001: topK.Max(t => t[0].Score) is read as a max over queries at one slot (another axis); on the sorted lists it is the whole batch's max (label debatable, see README)
// gap: -LG0001@17 +LG0004@17
// Source: product-key memory layers (Lample et al. 2019), with the batch's best top-1 score used as the shift for
// every query.
// Layout: IReadOnlyList<(int Slot, float Score)[]> per query (sorted descending), LINQ Max over the first entries.
// Bug: LG0001 — the shift is the maximum over every query's top-k scores.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut13;

public static class ProductKey_PeakOverBatch
{
    public static float[][] Weights(IReadOnlyList<(int Slot, float Score)[]> topK)
    {
        float best = topK.Max(t => t[0].Score); //~ LG0001
        var weights = new float[topK.Count][];
        for (int q = 0; q < topK.Count; q++)
        {
            (int Slot, float Score)[] top = topK[q];
            var w = new float[top.Length];
            float z = 0f;
            for (int k = 0; k < top.Length; k++)
            {
                w[k] = MathF.Exp(top[k].Score - best);
                z += w[k];
            }
            for (int k = 0; k < top.Length; k++)
                w[k] /= z;
            weights[q] = w;
        }
        return weights;
    }
}
