// HeldOut59 — Fp16Spans_SliceRows. Idiom: half-precision logits from an fp16 accelerator buffer read as
// `ReadOnlySpan<Half>`; each row is a `Slice`, converted to float on the fly, shifted by its own maximum and
// exponentiated with `float.Exp`. Use: batched classifier output copied back from an fp16 NPU.
// Layout: flat ReadOnlySpan<Half> [rows * cols], row r at Slice(r * cols, cols); Span<float> out, same layout.
// Correct.
using System;

namespace HeldOut59.Fp16Spans_SliceRows;

public static class HalfSpanSoftmax
{
    public static void Forward(ReadOnlySpan<Half> logits, int cols, Span<float> probs)
    {
        int rows = logits.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<Half> row = logits.Slice(r * cols, cols);
            Span<float> dst = probs.Slice(r * cols, cols);
            float m = (float)row[0];
            for (int k = 1; k < cols; k++)
            {
                if ((float)row[k] > m) m = (float)row[k];
            }

            float s = 0f;
            for (int k = 0; k < cols; k++)
            {
                dst[k] = float.Exp((float)row[k] - m);
                s += dst[k];
            }

            for (int k = 0; k < cols; k++)
            {
                dst[k] /= s;
            }
        }
    }
}
