// Idiom: attention over log lines: for each incident query, scaled dot-product scores against the embedded log lines
// of its window are turned into weights that pick the lines shown to the on-call engineer.
// Layout: ReadOnlySpan<float> scores [queries * lines], Span<float> weights, per-query `Slice`; foreach over the slice.
// Correct: max over the query's own slice, scaled by 1/sqrt(dim) (positive) together with the scores.
// Style inspired by log-anomaly attention models (attention weights over log sequences); our own C#.
using System;

namespace HeldOut56.LogAttention_SpanWindows;

public static class LogLineAttention
{
    public static void Weights(ReadOnlySpan<float> scores, Span<float> weights, int lines, int dim)
    {
        float scale = 1f / MathF.Sqrt(dim);
        int queries = scores.Length / lines;
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = scores.Slice(q * lines, lines);
            Span<float> w = weights.Slice(q * lines, lines);

            float best = float.NegativeInfinity;
            foreach (float s in row)
            {
                if (s > best) best = s;
            }

            float norm = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                w[i] = MathF.Exp((row[i] - best) * scale);
                norm += w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= norm;
            }
        }
    }
}
