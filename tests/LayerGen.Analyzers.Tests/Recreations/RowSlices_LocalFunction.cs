// Re-creation (our own code) of the per-row kernel split of nietras/Llm.cs (src/Llm/Llm.cs: a static local
// function "AttentionForwardAtBatchTokenHead" called per (b, t, h)) applied to a plain batched softmax:
// the row kernel is a static local function over spans, called with Slice(offset, cols).
// Layout: flat double[] [batch, classes], row spans via Span.Slice. Correct: the local function's max and
// sum are of its own span.
using System;

namespace Recreations.RowSlicesLocalFunction;

public static class SlicedSoftmax
{
    public static void Forward(ReadOnlySpan<double> logits, Span<double> probabilities, int cols)
    {
        for (int offset = 0; offset < logits.Length; offset += cols)
        {
            SoftmaxRow(logits.Slice(offset, cols), probabilities.Slice(offset, cols));
        }

        static void SoftmaxRow(ReadOnlySpan<double> src, Span<double> dst)
        {
            double max = double.NegativeInfinity;
            foreach (double v in src)
            {
                max = Math.Max(max, v);
            }

            double sum = 0;
            for (int j = 0; j < src.Length; j++)
            {
                dst[j] = Math.Exp(src[j] - max);
                sum += dst[j];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= sum;
            }
        }
    }
}
