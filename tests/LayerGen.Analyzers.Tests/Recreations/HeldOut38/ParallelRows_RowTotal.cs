// Idiom: per-pixel class softmax, Parallel.For over image rows, each worker normalising its row once at the end
// Layout: jagged float[H][W * C] (one array per image row, classes interleaved per pixel)
// Bug (LG0002): rowSum is reset per image row but accumulates over every pixel of the row; the max is per pixel
using System;
using System.Threading.Tasks;

namespace HeldOut38.ParallelRows_RowTotal;

public static class RowParallelSoftmax
{
    public static float[][] Run(float[][] rows, int classes)
    {
        var result = new float[rows.Length][];
        Parallel.For(0, rows.Length, y =>
        {
            float[] row = rows[y];
            var outRow = new float[row.Length];
            int width = row.Length / classes;
            float rowSum = 0f;
            for (int x = 0; x < width; x++)
            {
                float m = float.MinValue;
                for (int c = 0; c < classes; c++)
                    m = MathF.Max(m, row[x * classes + c]);

                for (int c = 0; c < classes; c++)
                {
                    outRow[x * classes + c] = MathF.Exp(row[x * classes + c] - m);
                    rowSum += outRow[x * classes + c]; //~ LG0002
                }
            }

            for (int i = 0; i < outRow.Length; i++)
                outRow[i] /= rowSum;

            result[y] = outRow;
        });

        return result;
    }
}
