// Idiom: generic-math softmax (`T.Max`, `T.Exp`, `T.CreateChecked`) written for a rectangular `T[,]`; the shift is one
// maximum taken with `foreach` over the whole matrix before the row loop.
// Layout: `T[batch, classes]` row-major, one softmax per row. Bug: LG0001 (the max spans every row of the batch).
using System;
using System.Numerics;

namespace HeldOut55.GenericSpan_MatrixWideMax;

public static class MatrixSoftmax
{
    /// <summary>Returns the row-wise softmax of a <c>[batch, classes]</c> matrix.</summary>
    /// <param name="logits">The scores, one sample per row.</param>
    public static T[,] Softmax<T>(T[,] logits)
        where T : IFloatingPointIeee754<T>
    {
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var result = new T[batch, classes];

        T max = T.CreateChecked(double.MinValue);
        foreach (T value in logits)
        {
            max = T.Max(max, value); //~ LG0001
        }

        for (int b = 0; b < batch; b++)
        {
            T sum = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                result[b, c] = T.Exp(logits[b, c] - max);
                sum += result[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                result[b, c] /= sum;
            }
        }

        return result;
    }
}
