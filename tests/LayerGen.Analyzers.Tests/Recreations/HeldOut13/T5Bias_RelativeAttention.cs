// Source: T5 relative position bias (Raffel et al. 2020; HF `T5Attention._relative_position_bucket`): a learned
// scalar per head and log-spaced distance bucket is added to every query–key score before the key softmax.
// Layout: rank-3 float[heads, queries, keys] scores, float[heads, buckets] bias, one stackalloc row scratch reused for
// every (head, query) row, bucket helper as a private static method.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class T5Bias_RelativeAttention
{
    public static float[,,] Weights(float[,,] scores, float[,] bias, int maxDistance)
    {
        int heads = scores.GetLength(0), queries = scores.GetLength(1), keys = scores.GetLength(2);
        int buckets = bias.GetLength(1);
        var p = new float[heads, queries, keys];
        Span<float> row = keys <= 512 ? stackalloc float[keys] : new float[keys];
        for (int h = 0; h < heads; h++)
        {
            for (int i = 0; i < queries; i++)
            {
                float peak = float.NegativeInfinity;
                for (int j = 0; j < keys; j++)
                {
                    row[j] = scores[h, i, j] + bias[h, Bucket(j - i, buckets, maxDistance)];
                    peak = MathF.Max(peak, row[j]);
                }
                float z = 0f;
                for (int j = 0; j < keys; j++)
                    z += row[j] = MathF.Exp(row[j] - peak);
                for (int j = 0; j < keys; j++)
                    p[h, i, j] = row[j] / z;
            }
        }
        return p;
    }

    private static int Bucket(int relative, int buckets, int maxDistance)
    {
        int half = buckets / 2;
        int bucket = relative > 0 ? half : 0;
        int n = Math.Abs(relative);
        int exact = Math.Max(1, half / 2);
        if (n < exact)
            return bucket + n;
        double scaled = Math.Log((double)n / exact) / Math.Log((double)maxDistance / exact) * (half - exact);
        return bucket + Math.Min(half - 1, exact + (int)scaled);
    }
}
