// Idiom: an `ArrayPool<float>.Shared.Rent` scratch row (possibly longer than asked) with a helper writing shifted exps and returning their sum (use: allocation-free softmax of a score matrix).
// Layout: `float[,]` [batch, classes]; scratch rented once, only its first `classes` slots used.
// Correct: the helper `ExpShifted(row, max, dst)` is given one row and that row's max; the rental is returned in `finally`.
// Our own code.
#nullable enable
using System;
using System.Buffers;

namespace HeldOut70.PooledScratch_RentedExps;

public static class PooledSoftmax
{
    private static float ExpShifted(ReadOnlySpan<float> row, float max, Span<float> dst)
    {
        float sum = 0f;
        for (int i = 0; i < row.Length; i++)
        {
            dst[i] = MathF.Exp(row[i] - max);
            sum += dst[i];
        }

        return sum;
    }

    public static void Softmax(float[,] logits, float[,] probs)
    {
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        float[] rented = ArrayPool<float>.Shared.Rent(2 * classes);
        try
        {
            Span<float> row = rented.AsSpan(0, classes);
            Span<float> exps = rented.AsSpan(classes, classes);
            for (int b = 0; b < batch; b++)
            {
                float max = float.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                {
                    row[c] = logits[b, c];
                    max = MathF.Max(max, row[c]);
                }

                float sum = ExpShifted(row, max, exps);
                for (int c = 0; c < classes; c++)
                {
                    probs[b, c] = exps[c] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
