// Re-creation (our own code) of the generic-math softmax style of ooples/AiDotNet (numeric type T, "typically float
// or double") with the row walk of harujoh/KelpNet's Softmax (an index offset advanced by the row length), written
// with while loops over a flat [rows, cols] span.
// Layout: flat Span<T>, offset advanced per row, while loops, T : IExponentialFunctions<T>. Correct.
using System;
using System.Numerics;

namespace HeldOut.GenericMathWhileRows;

public static class GenericSoftmax<T>
    where T : IExponentialFunctions<T>, IComparisonOperators<T, T, bool>, IMinMaxValue<T>
{
    public static void Forward(Span<T> data, int cols)
    {
        int offset = 0;
        while (offset < data.Length)
        {
            T max = T.MinValue;
            int j = 0;
            while (j < cols)
            {
                if (data[offset + j] > max)
                {
                    max = data[offset + j];
                }

                j++;
            }

            T sum = T.Zero;
            j = 0;
            while (j < cols)
            {
                data[offset + j] = T.Exp(data[offset + j] - max);
                sum += data[offset + j];
                j++;
            }

            j = 0;
            while (j < cols)
            {
                data[offset + j] /= sum;
                j++;
            }

            offset += cols;
        }
    }
}
