// Re-creation (our own code) of the LINQ softmax of j1sk1ss/FotNET.PETPRJ (SoftMax.cs: input.Max(), Select, Sum())
// over a jagged batch, with the maximum written as Aggregate(double.NegativeInfinity, Math.Max) per row.
// Layout: jagged double[][], LINQ Aggregate per row. Correct.
using System;
using System.Linq;

namespace HeldOut.AggregateMaxPerRow;

public static class LinqSoftmax
{
    public static double[][] Forward(double[][] batch)
    {
        var result = new double[batch.Length][];
        for (int r = 0; r < batch.Length; r++)
        {
            double[] row = batch[r];
            double max = row.Aggregate(double.NegativeInfinity, Math.Max);
            double[] e = row.Select(v => Math.Exp(v - max)).ToArray();
            double s = e.Sum();
            result[r] = e.Select(v => v / s).ToArray();
        }

        return result;
    }
}
