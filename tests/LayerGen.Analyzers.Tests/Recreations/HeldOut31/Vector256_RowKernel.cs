// Idiom: System.Runtime.Intrinsics Vector256 row kernel (ONNX-runtime-like CPU softmax): LoadUnsafe over a ref to the
// row, Vector256.Max with a horizontal max, Vector256.Exp of the shifted lanes, Vector256.Sum, scalar tails.
// Layout: flat ReadOnlySpan<float> [rows * n]; row = x.Slice(r * n, n), ref row0 = MemoryMarshal.GetReference(row).
// Correct: vector body and scalar tails both subtract the row max.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut31.Vector256Kernels;

/// <summary>Vector256 batched softmax.</summary>
public static class Avx2RowSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int rows, int n)
    {
        int w = Vector256<float>.Count;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * n, n);
            Span<float> outRow = y.Slice(r * n, n);
            ref float src = ref MemoryMarshal.GetReference(row);
            ref float dst = ref MemoryMarshal.GetReference(outRow);

            var vmax = Vector256.Create(float.NegativeInfinity);
            int j = 0;
            for (; j <= n - w; j += w)
            {
                vmax = Vector256.Max(vmax, Vector256.LoadUnsafe(ref src, (nuint)j));
            }

            float max = float.NegativeInfinity;
            for (int k = 0; k < w; k++)
            {
                max = MathF.Max(max, vmax.GetElement(k));
            }

            for (; j < n; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            var shift = Vector256.Create(max);
            var vsum = Vector256<float>.Zero;
            j = 0;
            for (; j <= n - w; j += w)
            {
                var e = Vector256.Exp(Vector256.LoadUnsafe(ref src, (nuint)j) - shift);
                e.StoreUnsafe(ref dst, (nuint)j);
                vsum += e;
            }

            float sum = Vector256.Sum(vsum);
            for (; j < n; j++)
            {
                float e = MathF.Exp(row[j] - max);
                outRow[j] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (j = 0; j < n; j++)
            {
                outRow[j] *= inv;
            }
        }
    }
}
