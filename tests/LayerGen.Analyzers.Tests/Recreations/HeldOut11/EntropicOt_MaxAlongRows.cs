// Re-creates the shape of the soft c-transform of entropic optimal transport (semi-dual form; Genevay et al. 2016,
// Peyre & Cuturi "Computational OT" 5.3; POT's `ot.stochastic` semi-dual gradient): for each target point j, the
// conditional plan pi(i | j) = softmax over sources i of (f_i - C_ij) / eps.
// Layout: row-major double[n sources, m targets] cost; per-source shifts stored in an array first.
// Bug (LG0004): the shift is the max over targets j of each source row i, while the sum runs over the sources i of
// each target column j.
using System;

namespace HeldOut11;

public static class EntropicOt_MaxAlongRows
{
    public static void ConditionalPlan(double[,] cost, double[] f, double eps, double[,] conditional)
    {
        int n = cost.GetLength(0);
        int m = cost.GetLength(1);
        var top = new double[n];
        for (int i = 0; i < n; i++)
        {
            top[i] = double.NegativeInfinity;
            for (int j = 0; j < m; j++)
                top[i] = Math.Max(top[i], (f[i] - cost[i, j]) / eps); //~ LG0004
        }
        for (int j = 0; j < m; j++)
        {
            double z = 0.0;
            for (int i = 0; i < n; i++)
            {
                conditional[i, j] = Math.Exp((f[i] - cost[i, j]) / eps - top[i]);
                z += conditional[i, j];
            }
            for (int i = 0; i < n; i++)
                conditional[i, j] /= z;
        }
    }
}
