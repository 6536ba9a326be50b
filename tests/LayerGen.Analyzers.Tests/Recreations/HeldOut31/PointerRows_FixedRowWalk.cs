// Idiom: unsafe pointer row walk in one fixed block (CPU inference engine, classifier head over a batch).
// Layout: row-major float[rows * classes]; float* row advanced by classes per row, output pointer alongside.
// Correct: max, sum and scale per row.
using System;

namespace HeldOut31.PointerRows;

/// <summary>Batched softmax over raw pointers.</summary>
public static unsafe class FixedRowWalkKernel
{
    /// <summary>Writes the softmax of each row of <paramref name="logits"/> into <paramref name="probabilities"/>.</summary>
    public static void Forward(float[] logits, float[] probabilities, int rows, int classes)
    {
        fixed (float* src = logits, dst = probabilities)
        {
            float* row = src;
            float* outRow = dst;
            for (int r = 0; r < rows; r++, row += classes, outRow += classes)
            {
                float max = *row;
                for (float* p = row + 1; p < row + classes; p++)
                {
                    max = MathF.Max(max, *p);
                }

                float sum = 0f;
                for (int j = 0; j < classes; j++)
                {
                    float e = MathF.Exp(row[j] - max);
                    outRow[j] = e;
                    sum += e;
                }

                float inv = 1f / sum;
                for (int j = 0; j < classes; j++)
                {
                    outRow[j] *= inv;
                }
            }
        }
    }
}
