// Idiom: LINQ sprinkled through a jagged array (a blog post's "softmax in three lines"): each row is mapped by a
// statement lambda with row.Max(), row.Sum(v => Math.Exp(v - m)) and Select(...).ToArray().
// Layout: double[][] [samples][classes].
// Correct: the max and the sum are taken inside the per-row lambda, over that row.
using System;
using System.Linq;

namespace HeldOut33.LinqRowsSelectPerRow;

/// <summary>Softmax with LINQ.</summary>
public static class LinqSoftmax
{
    public static double[][] Softmax(double[][] batch)
    {
        return batch.Select(row =>
        {
            double m = row.Max();
            double s = row.Sum(v => Math.Exp(v - m));
            return row.Select(v => Math.Exp(v - m) / s).ToArray();
        }).ToArray();
    }
}
