// Idiom: an extension method on the whole batch span, `this ReadOnlySpan<float> logits`, with a width argument
// (the pre-C# 14 spelling of an extension member on ReadOnlySpan<float>).
// Use: `logits.SoftmaxRows(width, probs)` in a span-based inference loop.
// Layout: flat ReadOnlySpan<float> row-major, rows of `width`, each row taken by Slice(o, width).
// Bug: LG0001 — the peak is folded over the whole batch span (the extension's receiver), not over one row.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.SpanExtensions_WholeBatchPeak;

public static class BatchSpanExtensions
{
    public static void SoftmaxRows(this ReadOnlySpan<float> logits, int width, Span<float> probs)
    {
        float peak = float.NegativeInfinity;
        foreach (float v in logits) peak = MathF.Max(peak, v); //~ LG0001
        for (int o = 0; o < logits.Length; o += width)
        {
            ReadOnlySpan<float> row = logits.Slice(o, width);
            Span<float> dst = probs.Slice(o, width);
            float denom = 0f;
            for (int j = 0; j < width; j++) denom += dst[j] = MathF.Exp(row[j] - peak);
            for (int j = 0; j < width; j++) dst[j] /= denom;
        }
    }
}

public static class Caller
{
    public static float[] Run(float[] flat, int width)
    {
        var probs = new float[flat.Length];
        ((ReadOnlySpan<float>)flat).SoftmaxRows(width, probs);
        return probs;
    }
}
