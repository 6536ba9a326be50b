// Idiom: an ArrayPool<float> rented scratch (longer than asked for) sliced to `AsSpan(0, classes)` for each row and
// returned in `finally`; the exps live in the scratch and are re-read to write the output.
// Use: batch softmax without per-call allocation. Layout: flat float[] input/output, row-major, row offset r * classes.
// Correct: every fold runs over the `classes`-long slice of the scratch, never over the rented array's full length.
// Our own code.
using System;
using System.Buffers;

namespace HeldOut76.PooledScratch_RowSlices;

public static class PooledSoftmax
{
    public static void Forward(float[] x, float[] y, int classes)
    {
        float[] rented = ArrayPool<float>.Shared.Rent(classes);
        try
        {
            Span<float> scratch = rented.AsSpan(0, classes);
            for (int r = 0; r * classes < x.Length; r++)
            {
                ReadOnlySpan<float> row = x.AsSpan(r * classes, classes);
                float max = float.NegativeInfinity;
                for (int i = 0; i < row.Length; i++)
                {
                    max = MathF.Max(max, row[i]);
                }

                float sum = 0f;
                for (int i = 0; i < scratch.Length; i++)
                {
                    scratch[i] = MathF.Exp(row[i] - max);
                    sum += scratch[i];
                }

                Span<float> outRow = y.AsSpan(r * classes, classes);
                for (int i = 0; i < outRow.Length; i++)
                {
                    outRow[i] = scratch[i] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
