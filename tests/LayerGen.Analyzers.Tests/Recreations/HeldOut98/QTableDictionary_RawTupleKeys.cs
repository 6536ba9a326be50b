// Idiom: tabular Q-learning with Boltzmann action selection over a grid world; Q-table keyed by cell coordinates.
// Use: policy of every visited cell, temperature tau.
// Layout: Dictionary<(int X, int Y), double[]>, walked as KeyValuePair entries.
// Bug (LG0003): exp of q / tau with no max subtracted; Q values above ~709 * tau overflow to infinity and give NaN.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;

namespace HeldOut98.QTableDictionary_RawTupleKeys;

public static class GridWorldSoftmax
{
    public static Dictionary<(int X, int Y), double[]> Policies(Dictionary<(int X, int Y), double[]> qTable, double tau)
    {
        var pi = new Dictionary<(int X, int Y), double[]>(qTable.Count);
        foreach (KeyValuePair<(int X, int Y), double[]> entry in qTable)
        {
            double[] q = entry.Value;
            var p = new double[q.Length];
            double norm = 0;
            for (int a = 0; a < q.Length; a++)
            {
                p[a] = Math.Exp(q[a] / tau); //~ LG0003
                norm += p[a];
            }

            for (int a = 0; a < q.Length; a++) p[a] /= norm;
            pi[entry.Key] = p;
        }

        return pi;
    }
}
