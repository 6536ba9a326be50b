// Idiom: try/finally inside the row loop; the loop-carried peak and sum are reset in the `finally` block, and an
// early `continue` (one-class rows) leaves through the finally as well.
// Use: a span-based inference kernel that must leave its accumulators clean whatever path a row takes.
// Layout: ReadOnlySpan<float> / Span<float>, flat row-major [rows * width].
// Correct: the peak and the sum are reset after every row (finally), so each row is shifted and normalised alone.
// Our own code.
using System;

namespace HeldOut75.TryFinally_ResetInFinally;

public static class SpanKernel
{
    public static void Softmax(ReadOnlySpan<float> input, Span<float> output, int width)
    {
        float peak = float.NegativeInfinity;
        float sum = 0f;
        for (int start = 0; start + width <= input.Length; start += width)
        {
            try
            {
                if (width == 1)
                {
                    output[start] = 1f;
                    continue;
                }
                for (int i = start; i < start + width; i++) peak = MathF.Max(peak, input[i]);
                for (int i = start; i < start + width; i++)
                {
                    output[i] = MathF.Exp(input[i] - peak);
                    sum += output[i];
                }
                float inv = 1f / sum;
                for (int i = start; i < start + width; i++) output[i] *= inv;
            }
            finally
            {
                peak = float.NegativeInfinity;
                sum = 0f;
            }
        }
    }
}
