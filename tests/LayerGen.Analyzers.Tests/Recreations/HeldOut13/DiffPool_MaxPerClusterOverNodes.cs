// Source: DiffPool soft cluster assignment (Ying et al. 2018), with the stabiliser computed per cluster column
// (as for a column softmax) while the normalisation runs over clusters per node.
// Layout: jagged double[nodes][clusters].
// Bug: LG0004 — the maximum runs over nodes for each cluster, the sum over clusters for each node.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class DiffPool_MaxPerClusterOverNodes
{
    public static double[][] Assign(double[][] logits)
    {
        int nodes = logits.Length, clusters = logits[0].Length;
        var colMax = new double[clusters];
        for (int c = 0; c < clusters; c++)
        {
            double m = double.NegativeInfinity;
            for (int v = 0; v < nodes; v++)
                m = Math.Max(m, logits[v][c]); //~ LG0004
            colMax[c] = m;
        }

        var s = new double[nodes][];
        for (int v = 0; v < nodes; v++)
        {
            s[v] = new double[clusters];
            double z = 0.0;
            for (int c = 0; c < clusters; c++)
            {
                s[v][c] = Math.Exp(logits[v][c] - colMax[c]);
                z += s[v][c];
            }
            for (int c = 0; c < clusters; c++)
                s[v][c] /= z;
        }
        return s;
    }
}
