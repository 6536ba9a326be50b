// Idiom: a `using` alias for a generic type (C# 12) `Column = ImmutableArray<float>`, collection expressions
// building immutable arrays (`[.. columns.Select(...)]`).
// Use: per-sample class probabilities from immutable class-major score columns.
// Layout: ImmutableArray<Column>, class-major: columns[c][b] is sample b's score for class c; softmax per sample.
// Bug: LG0004 — each class's peak is taken over its whole column (over the batch); the sum is per sample over classes.
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;
using System.Linq;
using Column = System.Collections.Immutable.ImmutableArray<float>;

namespace HeldOut69.AliasAnyType_ImmutableColumns;

public static class ColumnSoftmax
{
    public static ImmutableArray<Column> Forward(ImmutableArray<Column> columns)
    {
        int classes = columns.Length;
        int batch = columns[0].Length;
        float[] peaks = [.. columns.Select(col => col.Max())]; //~ LG0004
        var result = new float[classes][];
        for (int c = 0; c < classes; c++) result[c] = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++) sum += result[c][b] = MathF.Exp(columns[c][b] - peaks[c]);
            for (int c = 0; c < classes; c++) result[c][b] /= sum;
        }

        return [.. result.Select(r => r.ToImmutableArray())];
    }
}
