// HeldOut60 — idiom: PLINQ over the rows, AsParallel().AsOrdered().Select(row => softmax(row))
// (offline re-ranking job; style after the JavaScript/LINQ "max, map exp, reduce, map divide" one-liners).
// Layout: IEnumerable<double[]> rows in, double[][] out; the max as Aggregate(Math.Max), LINQ Select/Sum.
// Correct: every row is shifted by its own maximum and divided by its own sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut60.Plinq_OrderedRows;

public static class PlinqSoftmax
{
    public static double[][] Softmax(IEnumerable<double[]> rows) =>
        rows.AsParallel()
            .AsOrdered()
            .Select(row =>
            {
                double max = row.Aggregate(double.NegativeInfinity, Math.Max);
                double[] exps = row.Select(v => Math.Exp(v - max)).ToArray();
                double sum = exps.Sum();
                return exps.Select(e => e / sum).ToArray();
            })
            .ToArray();
}
