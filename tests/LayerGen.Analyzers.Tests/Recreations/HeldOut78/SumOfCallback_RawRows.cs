// Idiom: `Accumulate(count, i => e[i] = Math.Exp(...))`, a helper summing the values a callback returns while the
// callback fills the exps; `Array.ConvertAll` divides.
// Use: a list of logit vectors (one per example), each turned into probabilities.
// Layout: List<double[]>, one softmax per element.
// Bug LG0003: the callback exponentiates the raw logits, no max subtracted: Inf/Inf = NaN above ~709.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut78.SumOfCallback_RawRows;

public static class CallbackTotals
{
    private static double Accumulate(int count, Func<int, double> f)
    {
        double acc = 0;
        for (int i = 0; i < count; i++) acc += f(i);
        return acc;
    }

    public static List<double[]> Softmax(List<double[]> rows)
    {
        var result = new List<double[]>(rows.Count);
        foreach (double[] row in rows)
        {
            var e = new double[row.Length];
            double z = Accumulate(row.Length, i => e[i] = Math.Exp(row[i])); //~ LG0003
            result.Add(Array.ConvertAll(e, v => v / z));
        }
        return result;
    }
}
