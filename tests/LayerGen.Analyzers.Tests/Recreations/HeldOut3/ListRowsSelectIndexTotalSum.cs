// Re-creates: a LINQ pipeline over List<double[]> (Select with index to pair each row with its max) that normalises
// by one grand total, the "SelectMany/Sum" family of batch softmax bugs.
// Layout: List<double[]>; softmax axis = each array. double.
// Bug: LG0002 (sum over every row).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.ListRowsSelectIndexTotalSum;

public static class ListSoftmax
{
    public static List<double[]> Forward(List<double[]> batch)
    {
        double[] maxes = batch.Select(row => row.Max()).ToArray();
        List<double[]> exps = batch
            .Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).ToArray())
            .ToList();
        double total = exps.Sum(e => e.Sum()); //~ LG0002
        return exps.Select(e => e.Select(v => v / total).ToArray()).ToList();
    }
}
