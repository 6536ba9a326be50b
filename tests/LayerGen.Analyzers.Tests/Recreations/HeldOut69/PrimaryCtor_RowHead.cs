// Idiom: primary constructor capturing the class count (C# 12).
// Use: a classifier head that turns each row of a flat logit batch into probabilities.
// Layout: flat float[] row-major, rows of `classes`, viewed through AsSpan(start, classes).
// Correct: the max and the sum run over one row each.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.PrimaryCtor_RowHead;

public sealed class SoftmaxHead(int classes)
{
    public float[] Forward(float[] logits)
    {
        var probs = new float[logits.Length];
        for (int start = 0; start < logits.Length; start += classes)
        {
            ReadOnlySpan<float> row = logits.AsSpan(start, classes);
            Span<float> dst = probs.AsSpan(start, classes);
            float peak = row[0];
            for (int j = 1; j < row.Length; j++)
            {
                if (row[j] > peak) peak = row[j];
            }

            float total = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                dst[j] = MathF.Exp(row[j] - peak);
                total += dst[j];
            }

            float inv = 1f / total;
            for (int j = 0; j < dst.Length; j++) dst[j] *= inv;
        }

        return probs;
    }
}
