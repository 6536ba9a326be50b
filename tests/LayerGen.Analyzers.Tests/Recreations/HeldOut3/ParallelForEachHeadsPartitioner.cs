// Re-creates: multi-head attention softmax in C# transformer ports (Parallel.ForEach over Partitioner.Create ranges
// of (head, query) rows), max seeded from the row's first score with Math.Max.
// Layout: flat [heads, T, T] row-major float[]; softmax axis = keys (last dimension).
// Correct.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut3.ParallelForEachHeadsPartitioner;

public static class MultiHeadAttention
{
    public static void Softmax(float[] scores, int heads, int t)
    {
        Parallel.ForEach(Partitioner.Create(0, heads * t), range =>
        {
            for (int row = range.Item1; row < range.Item2; row++)
            {
                Span<float> s = scores.AsSpan(row * t, t);
                float max = s[0];
                for (int k = 1; k < t; k++)
                {
                    max = Math.Max(max, s[k]);
                }

                float sum = 0f;
                for (int k = 0; k < t; k++)
                {
                    s[k] = MathF.Exp(s[k] - max);
                    sum += s[k];
                }

                for (int k = 0; k < t; k++)
                {
                    s[k] /= sum;
                }
            }
        });
    }
}
