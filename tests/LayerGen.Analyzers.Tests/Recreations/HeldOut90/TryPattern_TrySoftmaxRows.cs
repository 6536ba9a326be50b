// Idiom: TryXxx(out ...) pattern: returns false instead of throwing when the destination is too small; helper given one slice.
// Use: allocation-free span API of a tokenizer/classifier library.
// Layout: ReadOnlySpan<float> / Span<float>, row-major, `classes` per row, rows sliced with Slice.
// Correct.
// Our own code.
using System;

namespace HeldOut90.TryPattern_TrySoftmaxRows;

public static class SpanSoftmax
{
    public static bool TrySoftmax(ReadOnlySpan<float> logits, Span<float> destination, int classes, out int rowsWritten)
    {
        rowsWritten = 0;
        if (classes <= 0 || logits.Length % classes != 0 || destination.Length < logits.Length)
        {
            return false;
        }

        for (int start = 0; start < logits.Length; start += classes)
        {
            ReadOnlySpan<float> row = logits.Slice(start, classes);
            Span<float> target = destination.Slice(start, classes);
            float peak = PeakOf(row);
            float sum = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                target[i] = MathF.Exp(row[i] - peak);
                sum += target[i];
            }

            for (int i = 0; i < target.Length; i++)
            {
                target[i] /= sum;
            }

            rowsWritten++;
        }

        return true;
    }

    private static float PeakOf(ReadOnlySpan<float> values)
    {
        float peak = float.NegativeInfinity;
        foreach (float v in values)
        {
            peak = MathF.Max(peak, v);
        }

        return peak;
    }
}
