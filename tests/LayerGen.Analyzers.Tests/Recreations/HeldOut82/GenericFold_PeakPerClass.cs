// Idiom: the file's own generic `Fold<T, TAcc>(IReadOnlyList<T>, TAcc, Func<TAcc, T, TAcc>)` folding the rows of the
// batch with a lambda `MathF.Max(acc, row[c])`.
// Use: per-sample probabilities of a jagged batch.
// Layout: jagged float[batch][classes]; the softmax (and its sum) runs over the classes of each row.
// Bug (LG0004): the peaks are folded per class c down the batch (over rows), while the sum runs over the classes of
// one row: max and sum run over different axes.
// Our own code.
using System;
using System.Collections.Generic;

#nullable enable

namespace HeldOut82.GenericFold_PeakPerClass;

public static class ClassPeaks
{
    private static TAcc Fold<T, TAcc>(IReadOnlyList<T> xs, TAcc seed, Func<TAcc, T, TAcc> f)
    {
        TAcc acc = seed;
        for (int i = 0; i < xs.Count; i++) acc = f(acc, xs[i]);
        return acc;
    }

    public static float[][] Softmax(float[][] x)
    {
        int classes = x[0].Length;
        var peak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            int k = c;
            peak[c] = Fold(x, float.NegativeInfinity, (acc, row) => MathF.Max(acc, row[k])); //~ LG0004
        }

        var y = new float[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            float[] row = x[b];
            var e = new float[classes];
            float sum = 0f;
            for (int c = 0; c < classes; c++) sum += e[c] = MathF.Exp(row[c] - peak[c]);
            for (int c = 0; c < classes; c++) e[c] /= sum;
            y[b] = e;
        }

        return y;
    }
}
