// Idiom: relational `and` patterns as a finiteness guard in a max fold (`v is >= -1e30f and <= 1e30f && v > peak`)
// Use: attention weights for a batch of queries, one row of keys per query
// Layout: jagged float[queries][keys], softmax per query row
// Bug: LG0001, the guarded peak is folded over every query's row once, before the row loop
// Our own code
using System;

namespace HeldOut86.RelationalGuards_BatchPeak;

public static class QueryWeights
{
    public static float[][] Normalise(float[][] scores)
    {
        float peak = float.MinValue;
        foreach (float[] keys in scores)
        {
            foreach (float v in keys)
            {
                if (v is >= -1e30f and <= 1e30f && v > peak) //~ LG0001
                {
                    peak = v;
                }
            }
        }

        var weights = new float[scores.Length][];
        for (int q = 0; q < scores.Length; q++)
        {
            float[] keys = scores[q];
            var w = new float[keys.Length];
            float sum = 0f;
            for (int k = 0; k < keys.Length; k++)
            {
                w[k] = MathF.Exp(keys[k] - peak);
                sum += w[k];
            }

            for (int k = 0; k < keys.Length; k++)
            {
                w[k] /= sum;
            }

            weights[q] = w;
        }

        return weights;
    }
}
