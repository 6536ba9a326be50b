// Idiom: single-pass online softmax (Milakov & Gimelshein 2018) used to save a pass in a low-latency scorer: running
// max and a running sum rescaled by exp(old - new) whenever the max grows; stackalloc per-row statistics.
// Layout: flat ReadOnlySpan<float> [rows * n], rows sliced; stats in stackalloc float[rows] (small batches).
// Correct (online softmax that rescales its sum).
using System;

namespace HeldOut31.SinglePass;

/// <summary>Online (one read pass) batched softmax.</summary>
public static class OnlineRowSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/> (rows ≤ 256).</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int rows, int n)
    {
        Span<float> rowMax = stackalloc float[rows];
        Span<float> rowSum = stackalloc float[rows];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * n, n);
            float m = float.NegativeInfinity;
            float s = 0f;
            foreach (float v in row)
            {
                float next = MathF.Max(m, v);
                s = s * MathF.Exp(m - next) + MathF.Exp(v - next);
                m = next;
            }

            rowMax[r] = m;
            rowSum[r] = s;
        }

        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * n, n);
            Span<float> outRow = y.Slice(r * n, n);
            float inv = 1f / rowSum[r];
            for (int j = 0; j < n; j++)
            {
                outRow[j] = MathF.Exp(row[j] - rowMax[r]) * inv;
            }
        }
    }
}
