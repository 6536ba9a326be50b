// Re-creates the shape of the soft c-transform of entropic optimal transport (semi-dual form; Genevay et al. 2016,
// Peyre & Cuturi "Computational OT" 5.3; POT's `ot.stochastic` semi-dual gradient): for each target point j, the
// conditional plan pi(i | j) = softmax over sources i of (f_i - C_ij) / eps, and the potential
// g_j = -eps * log sum_i exp((f_i - C_ij) / eps).
// Layout: row-major double[n sources, m targets] cost, so each softmax runs down a column.
// Correct: the max and the sum run over the sources i of one column j; the log is of the partition sum, not of a
// probability.
using System;

namespace HeldOut11;

public static class EntropicOt_SoftCTransformColumns
{
    public static double[] SoftCTransform(double[,] cost, double[] f, double eps, double[,] conditional)
    {
        int n = cost.GetLength(0);
        int m = cost.GetLength(1);
        var g = new double[m];
        for (int j = 0; j < m; j++)
        {
            double top = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
                top = Math.Max(top, (f[i] - cost[i, j]) / eps);
            double z = 0.0;
            for (int i = 0; i < n; i++)
            {
                conditional[i, j] = Math.Exp((f[i] - cost[i, j]) / eps - top);
                z += conditional[i, j];
            }
            for (int i = 0; i < n; i++)
                conditional[i, j] /= z;
            g[j] = -eps * (top + Math.Log(z));
        }
        return g;
    }
}
