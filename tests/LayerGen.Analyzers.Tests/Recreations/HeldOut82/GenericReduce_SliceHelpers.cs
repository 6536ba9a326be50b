// Idiom: the file's own generic `Reduce<T>(ReadOnlySpan<T>, T seed, Func<T, T, T>)`, given `MathF.Max` and a static
// lambda sum, called with an explicit type argument.
// Use: row softmax of a flat float buffer.
// Layout: flat float[batch * classes], row-major; the row is copied by the range `logits[start..(start + classes)]`.
// Correct: each `Reduce` call sees one row (the copied row, then that row's output span).
// Our own code.
using System;

#nullable enable

namespace HeldOut82.GenericReduce_SliceHelpers;

public static class Reductions
{
    private static T Reduce<T>(ReadOnlySpan<T> source, T seed, Func<T, T, T> step)
    {
        T acc = seed;
        for (int i = 0; i < source.Length; i++) acc = step(acc, source[i]);
        return acc;
    }

    public static float[] Softmax(float[] logits, int classes)
    {
        var probs = new float[logits.Length];
        for (int start = 0; start < logits.Length; start += classes)
        {
            float[] row = logits[start..(start + classes)];
            float peak = Reduce<float>(row, float.NegativeInfinity, MathF.Max);
            Span<float> p = probs.AsSpan(start, classes);
            for (int j = 0; j < classes; j++) p[j] = MathF.Exp(row[j] - peak);
            float z = Reduce<float>(p, 0f, static (a, b) => a + b);
            for (int j = 0; j < classes; j++) p[j] /= z;
        }

        return probs;
    }
}
