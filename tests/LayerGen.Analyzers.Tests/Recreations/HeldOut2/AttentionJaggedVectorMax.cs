// Re-creates: scaled dot-product attention in C# NLP code (e.g. a from-scratch transformer's SelfAttention.cs), max with Vector<float>
// Layout: jagged float[queries][keys]; the row max folded with System.Numerics.Vector<float> plus a scalar tail
// Expected: Correct
using System;
using System.Numerics;

namespace HeldOut2.AttentionJaggedVectorMax;

public static class SelfAttention
{
    public static void SoftmaxRows(float[][] scores)
    {
        foreach (float[] row in scores)
        {
            float max = RowMax(row);
            float sum = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = MathF.Exp(row[k] - max);
                sum += row[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                row[k] /= sum;
            }
        }
    }

    private static float RowMax(float[] row)
    {
        int width = Vector<float>.Count;
        int k = 0;
        float max = float.NegativeInfinity;
        if (row.Length >= width)
        {
            var vmax = new Vector<float>(row, 0);
            for (k = width; k <= row.Length - width; k += width)
            {
                vmax = Vector.Max(vmax, new Vector<float>(row, k));
            }

            for (int lane = 0; lane < width; lane++)
            {
                max = MathF.Max(max, vmax[lane]);
            }
        }

        for (; k < row.Length; k++)
        {
            max = MathF.Max(max, row[k]);
        }

        return max;
    }
}
