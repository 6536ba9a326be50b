// Idiom: one `stackalloc` scratch for small class counts (fallback to a heap array above a threshold), sliced per row
// of a jagged batch, with `float.Exp` (the generic-math static on `float`) and `float.Max`.
// Layout: jagged `float[][]` in, jagged out. Correct.
using System;

namespace HeldOut55.StackallocRows_Jagged;

public static class SmallSoftmax
{
    private const int StackLimit = 256;

    /// <summary>Row-wise softmax of a jagged batch; small rows use stack memory for the exponentials.</summary>
    public static float[][] Softmax(float[][] logits)
    {
        int width = 0;
        foreach (float[] row in logits)
        {
            width = Math.Max(width, row.Length);
        }

        Span<float> scratch = width <= StackLimit ? stackalloc float[width] : new float[width];
        var result = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            float[] row = logits[r];
            Span<float> e = scratch.Slice(0, row.Length);

            float max = row[0];
            for (int i = 1; i < row.Length; i++)
            {
                max = float.Max(max, row[i]);
            }

            float sum = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                e[i] = float.Exp(row[i] - max);
                sum += e[i];
            }

            var p = new float[row.Length];
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = e[i] / sum;
            }

            result[r] = p;
        }

        return result;
    }
}
