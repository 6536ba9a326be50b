// Idiom: a sealed options-style class with `required ... { get; init; }` dimensions, built with an object initializer.
// Use: output layer of a Z = W·X network, activations stored column-major (one column per sample).
// Layout: flat float[], class-major [Classes, Batch]: sample b's class c at c * Batch + b.
// Correct: per sample b, the max and the sum both walk the classes of column b.
// Our own code.
#nullable enable
using System;

namespace HeldOut85.InitOnly_ColumnMajorHead;

public sealed class SoftmaxHead
{
    public required int Classes { get; init; }

    public required int Batch { get; init; }

    public float[] Forward(float[] z)
    {
        var a = new float[Classes * Batch];
        for (int b = 0; b < Batch; b++)
        {
            float top = z[b];
            for (int c = 1; c < Classes; c++)
            {
                if (z[c * Batch + b] > top)
                    top = z[c * Batch + b];
            }

            float sum = 0f;
            for (int c = 0; c < Classes; c++)
            {
                a[c * Batch + b] = MathF.Exp(z[c * Batch + b] - top);
                sum += a[c * Batch + b];
            }

            float inv = 1f / sum;
            for (int c = 0; c < Classes; c++)
                a[c * Batch + b] *= inv;
        }

        return a;
    }
}
