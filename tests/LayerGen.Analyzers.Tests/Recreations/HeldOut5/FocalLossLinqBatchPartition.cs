// Source: LINQ-heavy (functional-style) C# loss code: focal / cross-entropy over jagged sample rows.
// Layout: double[][] rows; softmax per row.
// Bug (LG0002): the partition function is one LINQ Sum over every row's shifted exps, shared by all rows.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut5.FocalLossLinqBatchPartitionNs;

public static class FocalLossLinqBatchPartition
{
    public static double[][] Probabilities(double[][] logits)
    {
        double[] maxes = logits.Select(row => row.Max()).ToArray();
        double z = logits.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).Sum(); //~ LG0002
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z).ToArray()).ToArray();
    }
}
