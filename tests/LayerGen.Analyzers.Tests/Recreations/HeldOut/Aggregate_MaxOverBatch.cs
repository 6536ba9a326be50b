// Variant (our own code) of j1sk1ss/FotNET.PETPRJ's LINQ softmax over a jagged batch: the maximum is one Aggregate
// over the batch, folding each row's Max() into a running value, before the per-row exps and sums.
// Layout: jagged double[][], LINQ. Bug (LG0001): the maximum spans every row.
using System;
using System.Linq;

namespace HeldOut.AggregateMaxOverBatch;

public static class LinqSoftmax
{
    public static double[][] Forward(double[][] batch)
    {
        double max = batch.Aggregate(double.NegativeInfinity, (m, row) => Math.Max(m, row.Max())); //~ LG0001
        var result = new double[batch.Length][];
        for (int r = 0; r < batch.Length; r++)
        {
            double[] e = batch[r].Select(v => Math.Exp(v - max)).ToArray();
            double s = e.Sum();
            result[r] = e.Select(v => v / s).ToArray();
        }

        return result;
    }
}
