// Idiom: LINQ sprinkled through a list of rows: exps of every row by nested Select(...).ToList() (each row shifted by
// row.Max()), then one .Sum() of .Sum()s, then every value divided by it.
// Layout: List<double[]> in, List<List<double>> out [samples][classes].
// Bug (LG0002): the divisor is the sum over the whole batch, not each row's sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut33.LinqRowsBatchTotal;

/// <summary>Softmax with LINQ over a list of rows.</summary>
public static class LinqSoftmax
{
    public static List<List<double>> Softmax(List<double[]> batch)
    {
        var exps = batch.Select(row => row.Select(v => Math.Exp(v - row.Max())).ToList()).ToList();
        double total = exps.Sum(r => r.Sum()); //~ LG0002
        return exps.Select(r => r.Select(e => e / total).ToList()).ToList();
    }
}
