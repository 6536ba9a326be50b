// Idiom: the file's own iterator operator `ExpShifted(this IEnumerable<double>, double shift)` (yield return) and
// `Normalize(this IEnumerable<double>)`, chained per row: `row.ExpShifted(row.Max()).Normalize()`.
// Use: softmax per row of a batch given as a sequence of sequences.
// Layout: IEnumerable<IEnumerable<double>> (rows); result double[][].
// Correct: each row is shifted by its own max and normalised by its own sum.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.NormalizeOps_RowShift;

public static class SequenceOps
{
    public static IEnumerable<double> ExpShifted(this IEnumerable<double> xs, double shift)
    {
        foreach (double v in xs)
            yield return Math.Exp(v - shift);
    }

    public static double[] Normalize(this IEnumerable<double> xs)
    {
        double[] a = xs.ToArray();
        double s = a.Sum();
        return Array.ConvertAll(a, v => v / s);
    }
}

public static class RowPipeline
{
    public static double[][] Softmax(IEnumerable<IEnumerable<double>> batch) =>
        batch.Select(row => row.ExpShifted(row.Max()).Normalize()).ToArray();
}
