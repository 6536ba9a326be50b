// Idiom: "single-pass" softmax for a low-latency scorer that skips the max pass: exp and sum in one loop into a
// stackalloc scratch row, then scale.
// Layout: flat ReadOnlySpan<float> [rows * n], rows sliced; scratch = stackalloc float[n] (n ≤ 1024) or a heap array.
// Bug LG0003: exp of raw logits, no max subtracted (overflow above ~88).
using System;

namespace HeldOut31.SinglePass;

/// <summary>One-pass batched softmax without a shift.</summary>
public static class RawScratchSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int rows, int n)
    {
        Span<float> scratch = n <= 1024 ? stackalloc float[n] : new float[n];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * n, n);
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                scratch[j] = MathF.Exp(row[j]); //~ LG0003
                sum += scratch[j];
            }

            Span<float> outRow = y.Slice(r * n, n);
            for (int j = 0; j < n; j++)
            {
                outRow[j] = scratch[j] / sum;
            }
        }
    }
}
