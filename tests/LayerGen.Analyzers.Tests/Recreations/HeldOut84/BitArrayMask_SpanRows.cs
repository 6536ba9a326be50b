// Idiom: a `BitArray` mask over a flat batch; a helper is given one row and its bit offset.
// Use: masked token softmax for variable-length batches.
// Layout: flat ReadOnlySpan<float> [rows * width] row-major; BitArray with rows * width bits (true = keep).
// Correct: the helper's max and sum run over one row; masked positions are skipped with `continue` and get 0.
// Our own code.
using System;
using System.Collections;

namespace HeldOut84.BitArrayMask_SpanRows;

public static class BitMasked
{
    public static void Forward(ReadOnlySpan<float> logits, BitArray mask, int width, Span<float> output)
    {
        int rows = logits.Length / width;
        for (int r = 0; r < rows; r++)
            SoftmaxRow(logits.Slice(r * width, width), mask, r * width, output.Slice(r * width, width));
    }

    private static void SoftmaxRow(ReadOnlySpan<float> row, BitArray mask, int bitOffset, Span<float> dst)
    {
        float m = float.NegativeInfinity;
        for (int j = 0; j < row.Length; j++)
        {
            if (!mask[bitOffset + j]) continue;
            m = MathF.Max(m, row[j]);
        }

        float s = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            if (!mask[bitOffset + j])
            {
                dst[j] = 0f;
                continue;
            }
            dst[j] = MathF.Exp(row[j] - m);
            s += dst[j];
        }

        for (int j = 0; j < row.Length; j++) dst[j] /= s;
    }
}
