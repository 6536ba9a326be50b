// Idiom: unsafe pointer kernel that finds "the" max with one pointer sweep before the row loop (CPU inference engine).
// Layout: row-major float[rows * classes]; float* p runs from the first element to src + rows * classes.
// Bug LG0001: the max spans the whole batch, not the row (a row far below the batch max gives 0/0).
using System;

namespace HeldOut31.PointerRows;

/// <summary>Batched softmax over raw pointers with one batch-wide peak.</summary>
public static unsafe class PeakSweepKernel
{
    /// <summary>Writes the softmax of each row of <paramref name="logits"/> into <paramref name="probabilities"/>.</summary>
    public static void Forward(float[] logits, float[] probabilities, int rows, int classes)
    {
        fixed (float* src = logits, dst = probabilities)
        {
            float peak = float.NegativeInfinity;
            float* p = src;
            float* end = src + rows * classes;
            while (p < end)
            {
                peak = MathF.Max(peak, *p++); //~ LG0001
            }

            for (int r = 0; r < rows; r++)
            {
                float* row = src + r * classes;
                float* outRow = dst + r * classes;
                float sum = 0f;
                for (int j = 0; j < classes; j++)
                {
                    outRow[j] = MathF.Exp(row[j] - peak);
                    sum += outRow[j];
                }

                for (int j = 0; j < classes; j++)
                {
                    outRow[j] /= sum;
                }
            }
        }
    }
}
