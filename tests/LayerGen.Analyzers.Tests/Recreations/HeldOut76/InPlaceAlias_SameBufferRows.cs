// Idiom: an (input, output) span pair documented to allow `input == output` (callers pass the same array for an
// in-place softmax); every element of x is read before y at the same index is written, the sum is re-read from y.
// Use: batch softmax, `Softmax(buf, buf, classes)` in place or into a second buffer. Layout: flat float spans, row-major.
// Correct: per row, max of x's row, sum of y's row, division of y's row.
// Our own code.
using System;

namespace HeldOut76.InPlaceAlias_SameBufferRows;

public static class SpanSoftmax
{
    public static void Softmax(ReadOnlySpan<float> input, Span<float> output, int classes)
    {
        for (int start = 0; start < input.Length; start += classes)
        {
            ReadOnlySpan<float> x = input.Slice(start, classes);
            Span<float> y = output.Slice(start, classes);

            float max = x[0];
            for (int j = 1; j < x.Length; j++)
            {
                if (x[j] > max)
                {
                    max = x[j];
                }
            }

            float sum = 0f;
            for (int j = 0; j < x.Length; j++)
            {
                y[j] = MathF.Exp(x[j] - max);
                sum += y[j];
            }

            for (int j = 0; j < y.Length; j++)
            {
                y[j] /= sum;
            }
        }
    }

    public static void InPlace(float[] buffer, int classes) => Softmax(buffer, buffer, classes);
}
