// Source: product-key memory layers (Lample et al. 2019; facebookresearch/XLM `HashingMemory`): each query keeps its
// top-k (slot, score) pairs, sorted by descending score; a softmax over those k scores weights the memory values.
// Layout: IReadOnlyList<(int Slot, float Score)[]> per query (sorted), value table float[slots, dim]; the first
// entry is the row's maximum.
// Correct (the shift is top[0].Score, the maximum of a descending list).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class ProductKey_MemoryLookup
{
    public static float[][] Weights(IReadOnlyList<(int Slot, float Score)[]> topK, float[,] values, out float[,] output)
    {
        int dim = values.GetLength(1);
        output = new float[topK.Count, dim];
        var weights = new float[topK.Count][];
        for (int q = 0; q < topK.Count; q++)
        {
            (int Slot, float Score)[] top = topK[q];
            float best = top[0].Score;
            var w = new float[top.Length];
            float z = 0f;
            for (int k = 0; k < top.Length; k++)
            {
                w[k] = MathF.Exp(top[k].Score - best);
                z += w[k];
            }
            for (int k = 0; k < top.Length; k++)
            {
                w[k] /= z;
                for (int d = 0; d < dim; d++)
                    output[q, d] += w[k] * values[top[k].Slot, d];
            }
            weights[q] = w;
        }
        return weights;
    }
}
