// Source: generic-math activation functions in .NET 7+ C# NN libraries (IFloatingPointIeee754<T> Softmax over a
// span, T.Exp of each element, then divide by the sum), applied row by row to a flat batch.
// Layout: T[] flat [rows, cols]; softmax over the columns of each row; T is float or double.
// Bug LG0003: T.Exp of the raw inputs, no maximum subtracted.
using System;
using System.Numerics;

namespace HeldOut7.GenericRawExpINumber
{
    public static class GenericActivations
    {
        public static void Softmax<T>(ReadOnlySpan<T> input, Span<T> output)
            where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i < input.Length; i++)
            {
                output[i] = T.Exp(input[i]); //~ LG0003
                sum += output[i];
            }

            for (int i = 0; i < output.Length; i++)
            {
                output[i] /= sum;
            }
        }

        public static void SoftmaxRows<T>(T[] data, int cols, T[] result)
            where T : IFloatingPointIeee754<T>
        {
            for (int start = 0; start < data.Length; start += cols)
            {
                Softmax<T>(data.AsSpan(start, cols), result.AsSpan(start, cols));
            }
        }
    }
}
