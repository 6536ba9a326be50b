// Idiom: a `delegate* managed<ReadOnlySpan<float>, Span<float>, void>` row kernel called once per row slice.
// Use: applying a per-row softmax kernel to a flat activation buffer.
// Layout: flat float[batch * classes], row-major; the kernel receives `AsSpan(r * classes, classes)`.
// Correct: the kernel folds the max and the sum over the one row it is given and subtracts the max.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.ManagedPointer_RowKernel;

public static unsafe class RowKernels
{
    private static void SoftmaxRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = x[0];
        for (int i = 1; i < x.Length; i++) max = MathF.Max(max, x[i]);
        float sum = 0f;
        for (int i = 0; i < x.Length; i++) sum += y[i] = MathF.Exp(x[i] - max);
        for (int i = 0; i < y.Length; i++) y[i] /= sum;
    }

    public static void Apply(float[] x, float[] y, int classes)
    {
        delegate* managed<ReadOnlySpan<float>, Span<float>, void> kernel = &SoftmaxRow;
        for (int r = 0; r * classes < x.Length; r++)
        {
            kernel(x.AsSpan(r * classes, classes), y.AsSpan(r * classes, classes));
        }
    }
}
