// Idiom: softmax over the last axis of a batch of sequences kept as List<List<double[]>>, foreach over batch and
// positions, LINQ per row.
// Layout: List<List<double[]>> [batch][seq] -> double[vocab]; softmax over each double[].
// Bug LG0003: Select(v => Math.Exp(v)) on the raw logits, no max subtracted.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut67.NestedLinq_RawExpRows;

public static class SequenceBatch
{
    public static List<List<double[]>> Softmax(List<List<double[]>> batch)
    {
        var output = new List<List<double[]>>();
        foreach (List<double[]> sequence in batch)
        {
            var rows = new List<double[]>();
            foreach (double[] logits in sequence)
            {
                double[] e = logits.Select(v => Math.Exp(v)).ToArray(); //~ LG0003
                double z = e.Sum();
                rows.Add(e.Select(x => x / z).ToArray());
            }

            output.Add(rows);
        }

        return output;
    }
}
