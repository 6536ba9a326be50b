// Idiom: the file's own generic `Reduce<T>(IEnumerable<T>, T, Func<T, T, T>)` with inferred T, given `Math.Max` and a
// static lambda; the 2D array is enumerated with `Cast<double>()`.
// Use: softmax over the columns of each row of a matrix.
// Layout: double[rows, cols], row-major 2D array.
// Bug (LG0002): the per-row maxima are right, but the normaliser is one `Reduce` over the whole exps matrix, so rows
// sum to their share of the batch, not to 1.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

#nullable enable

namespace HeldOut82.GenericReduce_WholeBatchSum;

public static class MatrixSoftmax
{
    private static T Reduce<T>(IEnumerable<T> items, T seed, Func<T, T, T> f)
    {
        T acc = seed;
        foreach (T item in items) acc = f(acc, item);
        return acc;
    }

    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var e = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            int row = i;
            double m = Reduce(Enumerable.Range(0, cols).Select(j => x[row, j]), double.NegativeInfinity, Math.Max);
            for (int j = 0; j < cols; j++) e[i, j] = Math.Exp(x[i, j] - m);
        }

        double z = Reduce(e.Cast<double>(), 0.0, static (a, b) => a + b); //~ LG0002
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                e[i, j] /= z;
        return e;
    }
}
