// Source: LINQ-heavy C# classifiers over jagged batches (`rows.SelectMany(r => r).Max()` as the "numerical
// stability" shift, then a per-row Select/Sum), re-created on double[][].
// Layout: jagged double rows; softmax per row.
// Bug LG0001: the shift is SelectMany(...).Max() over the whole batch, not each row's max.
using System;
using System.Linq;

namespace HeldOut6.LinqSelectManyBatchMax;

public static class LinqBatchSoftmax
{
    public static double[][] Rows(double[][] logits)
    {
        double shift = logits.SelectMany(row => row).Max(); //~ LG0001
        return logits
            .Select(row => row.Select(v => Math.Exp(v - shift)).ToArray())
            .Select(exps =>
            {
                double total = exps.Sum();
                return exps.Select(e => e / total).ToArray();
            })
            .ToArray();
    }
}
