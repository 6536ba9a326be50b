// Re-creation (our own code) of the FotNET LINQ softmax (j1sk1ss/FotNET.PETPRJ,
// FotNET/NETWORK/LAYERS/SOFT_MAX/SCRIPTS/SoftMax.cs) lifted to a batch the way ParallelReverseAutoDiff's
// RMAD/SoftmaxOperation.cs iterates rows: foreach over a jagged batch, LINQ per row.
// Layout: jagged double[][], foreach row, row.Max(), Select lambda, Sum(). Correct: everything is per row.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ForeachJaggedLinqRows;

public static class BatchLinqSoftmax
{
    public static List<double[]> Forward(double[][] batch)
    {
        var result = new List<double[]>(batch.Length);
        foreach (double[] row in batch)
        {
            double peak = row.Max();
            double[] exps = row.Select(v => Math.Exp(v - peak)).ToArray();
            double total = exps.Sum();
            result.Add(exps.Select(e => e / total).ToArray());
        }

        return result;
    }
}
