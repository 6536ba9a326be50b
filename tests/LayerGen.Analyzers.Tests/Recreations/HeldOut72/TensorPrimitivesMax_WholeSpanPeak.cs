// Idiom: one TensorPrimitives.Max call for the shift, TensorPrimitives.Subtract/Exp per row, a Vector128 horizontal
// sum over MemoryMarshal.Cast blocks plus a scalar tail, TensorPrimitives.Multiply by the reciprocal.
// Use: token-classification head, float logits handed over as one span.
// Layout: ReadOnlySpan<float> of batch rows of `classes` values (row-major), output span of the same length.
// Bug (LG0001): `TensorPrimitives.Max(logits)` is taken over the whole span (every row), not over the row.
// Our own code.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.TensorPrimitivesMax_WholeSpanPeak;

public static class TokenHead
{
    public static void Normalise(ReadOnlySpan<float> logits, Span<float> output, int classes)
    {
        float peak = TensorPrimitives.Max(logits); //~ LG0001
        for (int start = 0; start < logits.Length; start += classes)
        {
            ReadOnlySpan<float> row = logits.Slice(start, classes);
            Span<float> dst = output.Slice(start, classes);
            TensorPrimitives.Subtract(row, peak, dst);
            TensorPrimitives.Exp(dst, dst);

            ReadOnlySpan<Vector128<float>> blocks = MemoryMarshal.Cast<float, Vector128<float>>(dst);
            Vector128<float> partial = Vector128<float>.Zero;
            foreach (Vector128<float> block in blocks)
            {
                partial += block;
            }

            float total = Vector128.Sum(partial);
            for (int t = blocks.Length * Vector128<float>.Count; t < dst.Length; t++)
            {
                total += dst[t];
            }

            TensorPrimitives.Multiply(dst, 1f / total, dst);
        }
    }
}
