// Idiom: seeded `Aggregate` folds with a `static` lambda max and a capturing lambda sum of shifted exps.
// Use: probabilities for each row of a list of score vectors.
// Layout: List<double[]>, one softmax per list entry.
// Correct: both folds run over one row (`row.Aggregate`), the sum's exps subtract that row's max.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

#nullable enable

namespace HeldOut82.StaticLambda_AggregateRows;

public static class ListSoftmax
{
    public static List<double[]> Softmax(List<double[]> rows)
    {
        var result = new List<double[]>(rows.Count);
        foreach (double[] row in rows)
        {
            double m = row.Aggregate(double.NegativeInfinity, static (a, v) => a > v ? a : v);
            double s = row.Aggregate(0.0, (a, v) => a + Math.Exp(v - m));
            result.Add(Array.ConvertAll(row, v => Math.Exp(v - m) / s));
        }

        return result;
    }
}
