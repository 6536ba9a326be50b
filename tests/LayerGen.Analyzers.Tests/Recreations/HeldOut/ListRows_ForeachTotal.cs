// Variant (our own code) of the minGPT C# port's ActivationFunctions.Softmax (mingpt6) applied to a List<double[]>:
// the exps of each row are shifted by that row's maximum, but the denominator is a total over every row's exps,
// gathered afterwards with nested foreach loops.
// Layout: List<double[]> rows, foreach. Bug (LG0002): the sum spans the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.ListRowsForeachTotal;

public static class ActivationFunctions
{
    public static List<double[]> SoftmaxRows(List<double[]> batch)
    {
        var exps = new List<double[]>(batch.Count);
        foreach (double[] logits in batch)
        {
            double maxLogit = logits.Max();
            exps.Add(logits.Select(v => Math.Exp(v - maxLogit)).ToArray());
        }

        double total = 0;
        foreach (double[] row in exps)
        {
            foreach (double e in row)
            {
                total += e; //~ LG0002
            }
        }

        foreach (double[] row in exps)
        {
            for (int i = 0; i < row.Length; i++)
            {
                row[i] /= total;
            }
        }

        return exps;
    }
}
