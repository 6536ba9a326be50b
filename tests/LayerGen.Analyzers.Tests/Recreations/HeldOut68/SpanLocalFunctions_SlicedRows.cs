// Idiom: `Span<T>` with `Slice` and a static local function `Peak(ReadOnlySpan<float>)` that folds `s[1..]`; exps by
// `float.Exp` (generic-math static). Our own code.
// Use: per-sample class probabilities. Layout: ReadOnlySpan<float> in, Span<float> out, row-major, Slice(r * classes, classes).
// Correct.
using System;

namespace HeldOut68.SpanLocalFunctions_SlicedRows;

public static class SpanSoftmax
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        for (int r = 0; r < x.Length / classes; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * classes, classes);
            Span<float> output = y.Slice(r * classes, classes);
            float max = Peak(row);
            float sum = 0f;
            for (int j = 0; j < row.Length; j++) sum += output[j] = float.Exp(row[j] - max);
            for (int j = 0; j < output.Length; j++) output[j] /= sum;
        }

        static float Peak(ReadOnlySpan<float> s)
        {
            float m = s[0];
            foreach (float v in s[1..]) m = MathF.Max(m, v);
            return m;
        }
    }
}
