// Source: Set2Set graph readout (Vinyals et al. 2016; PyG Set2Set), scores produced by an iterator and the peak
//   taken with LINQ before the per-graph scatter sums.
// Layout: jagged node features double[nodes][dim], graph index per node, queries double[graphs][dim]; scores from a
//   `yield return` helper, `ToArray()`, then `Max()` over every node of the batch; sums per graph in an array.
// Bug: LG0001 (the peak spans all graphs of the batch).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Set2Set attention with a batch-wide peak.</summary>
public static class Set2SetBatchPeak
{
    /// <summary>Returns the node attention.</summary>
    public static double[] Attention(double[][] x, int[] batch, double[][] q, int graphs)
    {
        double[] e = NodeScores(x, batch, q).ToArray();
        double peak = e.Max(); //~ LG0001
        var sums = new double[graphs];
        var a = new double[e.Length];
        for (int n = 0; n < e.Length; n++)
        {
            a[n] = Math.Exp(e[n] - peak);
            sums[batch[n]] += a[n];
        }

        for (int n = 0; n < e.Length; n++)
        {
            a[n] /= sums[batch[n]];
        }

        return a;
    }

    private static IEnumerable<double> NodeScores(double[][] x, int[] batch, double[][] q)
    {
        for (int n = 0; n < x.Length; n++)
        {
            double s = 0.0;
            for (int d = 0; d < x[n].Length; d++)
            {
                s += x[n][d] * q[batch[n]][d];
            }

            yield return s;
        }
    }
}
