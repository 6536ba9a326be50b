// Idiom: System.Runtime.Intrinsics Vector256 row kernel (ONNX-runtime-like CPU softmax): the vector body subtracts the
// row max, but the scalar tail for the last n % 8 classes was written as a plain exp.
// Layout: flat float[rows * n]; row = x.AsSpan(r * n, n), ref locals over the row and the output row.
// Bug LG0003: the scalar tail exponentiates unshifted logits (overflow above ~88).
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut31.Vector256Kernels;

/// <summary>Vector256 batched softmax whose tail skips the shift.</summary>
public static class TailExpSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        int w = Vector256<float>.Count;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * n, n);
            Span<float> outRow = y.AsSpan(r * n, n);
            ref float src = ref MemoryMarshal.GetReference(row);
            ref float dst = ref MemoryMarshal.GetReference(outRow);

            float max = float.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            var shift = Vector256.Create(max);
            var vsum = Vector256<float>.Zero;
            int i = 0;
            for (; i <= n - w; i += w)
            {
                var e = Vector256.Exp(Vector256.LoadUnsafe(ref src, (nuint)i) - shift);
                e.StoreUnsafe(ref dst, (nuint)i);
                vsum += e;
            }

            float sum = Vector256.Sum(vsum);
            for (; i < n; i++)
            {
                outRow[i] = MathF.Exp(row[i]); //~ LG0003
                sum += outRow[i];
            }

            for (i = 0; i < n; i++)
            {
                outRow[i] /= sum;
            }
        }
    }
}
