// Idiom: generic-math softmax over the rows of a flat row-major span (`where T : IFloatingPointIeee754<T>`, `T.Max`,
// `T.Exp`, `T.NegativeInfinity`, `Slice` per row), in the XML-doc style of dotnet/runtime's TensorPrimitives.
// Layout: flat `ReadOnlySpan<T>` of `rows * classes`, one softmax per row of `classes`. Correct.
using System;
using System.Numerics;

namespace HeldOut55.GenericSpan_RowSlices;

public static class RowSoftmax
{
    /// <summary>Computes the softmax of every row of a row-major batch.</summary>
    /// <param name="logits">The batch, <paramref name="classes"/> values per row.</param>
    /// <param name="destination">Receives the probabilities, same shape as <paramref name="logits"/>.</param>
    /// <param name="classes">The length of one row (the softmax axis).</param>
    public static void SoftmaxRows<T>(ReadOnlySpan<T> logits, Span<T> destination, int classes)
        where T : IFloatingPointIeee754<T>
    {
        if (destination.Length < logits.Length) throw new ArgumentException("Destination is too short.", nameof(destination));
        for (int start = 0; start < logits.Length; start += classes)
        {
            ReadOnlySpan<T> row = logits.Slice(start, classes);
            Span<T> output = destination.Slice(start, classes);

            T max = T.NegativeInfinity;
            for (int i = 0; i < row.Length; i++)
            {
                max = T.Max(max, row[i]);
            }

            T sum = T.Zero;
            for (int i = 0; i < row.Length; i++)
            {
                output[i] = T.Exp(row[i] - max);
                sum += output[i];
            }

            T scale = T.One / sum;
            for (int i = 0; i < output.Length; i++)
            {
                output[i] *= scale;
            }
        }
    }
}
