// Idiom: the file's own generic `Fold<TAcc, T>(IEnumerable<T>, TAcc, Func<TAcc, T, TAcc>)` over
// `Enumerable.Range(0, classes)`, with lambdas that index the matrix.
// Use: per-sample probabilities of a class-major activation matrix (`Z = W·X`).
// Layout: double[classes, batch] (column-major: one softmax per column b).
// Correct: both folds walk the classes c of the one column b; the exps subtract that column's max.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

#nullable enable

namespace HeldOut82.GenericFold_ColumnMajor;

public static class ColumnSoftmax
{
    private static TAcc Fold<TAcc, T>(IEnumerable<T> source, TAcc seed, Func<TAcc, T, TAcc> step)
    {
        TAcc acc = seed;
        foreach (T item in source) acc = step(acc, item);
        return acc;
    }

    public static double[,] PerSample(double[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var p = new double[classes, batch];
        IEnumerable<int> cls = Enumerable.Range(0, classes);
        for (int b = 0; b < batch; b++)
        {
            int col = b;
            double m = Fold(cls, double.NegativeInfinity, (acc, c) => Math.Max(acc, z[c, col]));
            double s = Fold(cls, 0.0, (acc, c) => acc + Math.Exp(z[c, col] - m));
            foreach (int c in cls) p[c, col] = Math.Exp(z[c, col] - m) / s;
        }

        return p;
    }
}
