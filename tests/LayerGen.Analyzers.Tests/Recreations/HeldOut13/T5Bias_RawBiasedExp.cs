// Source: T5 relative position bias (Raffel et al. 2020), a naive port that exponentiates score + bias directly.
// Layout: rank-3 float[heads, queries, keys] scores, float[heads, buckets] bias, private static bucket helper.
// Bug: LG0003 — exp of the biased scores with no maximum subtracted.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class T5Bias_RawBiasedExp
{
    public static float[,,] Weights(float[,,] scores, float[,] bias, int maxDistance)
    {
        int heads = scores.GetLength(0), queries = scores.GetLength(1), keys = scores.GetLength(2);
        var p = new float[heads, queries, keys];
        for (int h = 0; h < heads; h++)
        {
            for (int i = 0; i < queries; i++)
            {
                float z = 0f;
                for (int j = 0; j < keys; j++)
                {
                    p[h, i, j] = MathF.Exp(scores[h, i, j] + bias[h, Bucket(j - i, bias.GetLength(1), maxDistance)]); //~ LG0003
                    z += p[h, i, j];
                }
                for (int j = 0; j < keys; j++)
                    p[h, i, j] /= z;
            }
        }
        return p;
    }

    private static int Bucket(int relative, int buckets, int maxDistance)
    {
        int half = buckets / 2;
        int n = Math.Abs(relative);
        int bucket = relative > 0 ? half : 0;
        if (n < half / 2)
            return bucket + n;
        return bucket + Math.Min(half - 1, half / 2 + (int)(Math.Log(n) / Math.Log(maxDistance) * (half / 2)));
    }
}
