// Idiom: Vector128 (SSE/NEON-width) row kernel with two partial vector accumulators for the max and the sum, a
// horizontal reduction and scalar tails (mobile / ARM inference engine).
// Layout: flat ReadOnlySpan<float> [rows * n]; row = x.Slice(r * n, n), Vector128.Create(row.Slice(j)).
// Correct: all accumulators start fresh for each row.
using System;
using System.Runtime.Intrinsics;

namespace HeldOut31.Vector128Kernels;

/// <summary>Vector128 batched softmax.</summary>
public static class NeonRowSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int rows, int n)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * n, n);
            Span<float> outRow = y.Slice(r * n, n);
            var a = Vector128.Create(float.NegativeInfinity);
            var c = a;
            int j = 0;
            for (; j + 8 <= n; j += 8)
            {
                a = Vector128.Max(a, Vector128.Create(row.Slice(j)));
                c = Vector128.Max(c, Vector128.Create(row.Slice(j + 4)));
            }

            var m = Vector128.Max(a, c);
            float max = MathF.Max(MathF.Max(m[0], m[1]), MathF.Max(m[2], m[3]));
            for (; j < n; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            var shift = Vector128.Create(max);
            var s0 = Vector128<float>.Zero;
            var s1 = Vector128<float>.Zero;
            int k = 0;
            for (; k + 8 <= n; k += 8)
            {
                var e0 = Vector128.Exp(Vector128.Create(row.Slice(k)) - shift);
                var e1 = Vector128.Exp(Vector128.Create(row.Slice(k + 4)) - shift);
                e0.CopyTo(outRow.Slice(k));
                e1.CopyTo(outRow.Slice(k + 4));
                s0 += e0;
                s1 += e1;
            }

            float sum = Vector128.Sum(s0 + s1);
            for (; k < n; k++)
            {
                outRow[k] = MathF.Exp(row[k] - max);
                sum += outRow[k];
            }

            for (k = 0; k < n; k++)
            {
                outRow[k] /= sum;
            }
        }
    }
}
