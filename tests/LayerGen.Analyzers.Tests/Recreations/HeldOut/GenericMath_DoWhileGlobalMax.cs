// Variant (our own code) of a generic-math batched softmax (ooples/AiDotNet's numeric-type-T style, KelpNet's flat
// row offsets): the maximum is found by a do-while over the whole flat buffer before the rows are walked.
// Layout: flat Span<T>, rows at r * cols, do-while and for loops. Bug (LG0001): the maximum spans every row.
using System;
using System.Numerics;

namespace HeldOut.GenericMathDoWhileGlobalMax;

public static class GenericSoftmax<T>
    where T : IExponentialFunctions<T>, IComparisonOperators<T, T, bool>
{
    public static void Forward(Span<T> data, int cols)
    {
        T max = data[0];
        int k = 1;
        do
        {
            if (data[k] > max) //~ LG0001
            {
                max = data[k];
            }

            k++;
        }
        while (k < data.Length);

        int rows = data.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            Span<T> row = data.Slice(r * cols, cols);
            T sum = T.Zero;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = T.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }
}
