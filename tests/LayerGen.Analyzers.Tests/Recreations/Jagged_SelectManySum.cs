// Variant (our own code) of the LINQ softmax of j1sk1ss/FotNET.PETPRJ (SoftMax.cs: Max(), Select, Sum())
// lifted to a jagged batch: the per-row max and exps are right, but the denominator is taken with
// SelectMany(...).Sum() over every row's exps.
// Layout: jagged double[][] through LINQ. Bug (LG0002): the sum spans the whole batch.
using System;
using System.Linq;

namespace Recreations.JaggedSelectManySum;

public static class LinqBatchSoftmax
{
    public static double[][] Forward(double[][] batch)
    {
        double[][] exps = batch
            .Select(row =>
            {
                double peak = row.Max();
                return row.Select(v => Math.Exp(v - peak)).ToArray();
            })
            .ToArray();
        double z = exps.SelectMany(e => e).Sum(); //~ LG0002
        return exps.Select(e => e.Select(v => v / z).ToArray()).ToArray();
    }
}
