// Source: encoder-decoder cross-attention in C# transformer ports (decoder queries × encoder keys, scaled scores).
// Layout: flat float[queries, keys]; softmax over the keys of each query (sum and division per query row).
// Bug (LG0004): the max is taken per key over all queries (a column max), not per query over its keys.
using System;

namespace LayerGen.Recreations.HeldOut5.CrossAttentionKeyColumnMaxNs;

public static class CrossAttentionKeyColumnMax
{
    public static void Weights(float[] scores, float[] weights, int queries, int keys, float scale)
    {
        var colMax = new float[keys];
        for (int k = 0; k < keys; k++)
        {
            colMax[k] = float.NegativeInfinity;
            for (int q = 0; q < queries; q++)
            {
                colMax[k] = MathF.Max(colMax[k], scores[q * keys + k] * scale); //~ LG0004
            }
        }
        for (int q = 0; q < queries; q++)
        {
            float z = 0f;
            for (int k = 0; k < keys; k++)
            {
                weights[q * keys + k] = MathF.Exp(scores[q * keys + k] * scale - colMax[k]);
                z += weights[q * keys + k];
            }
            for (int k = 0; k < keys; k++) weights[q * keys + k] /= z;
        }
    }
}
