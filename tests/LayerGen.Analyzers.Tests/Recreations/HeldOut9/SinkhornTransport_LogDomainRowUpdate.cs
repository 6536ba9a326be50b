// Source: log-domain Sinkhorn (PythonOT `sinkhorn_log`, Peyre & Cuturi "Computational OT" 4.4), re-created shape: the
// row potential is f_i = eps * (log a_i - LSE_j((g_j - C_ij) / eps)) and the plan P_ij = exp((f_i + g_j - C_ij) / eps),
// so each row of the plan carries mass a_i.
// Layout: double[n, m] cost, double[] column potential g, log marginals, stable log-sum-exp per row. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class SinkhornTransport_LogDomainRowUpdate
{
    public static double[,] RowUpdate(double[,] cost, double[] g, double[] logA, double eps, double[] f)
    {
        int n = cost.GetLength(0);
        int m = cost.GetLength(1);
        var plan = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double hi = double.NegativeInfinity;
            for (int j = 0; j < m; j++)
            {
                hi = Math.Max(hi, (g[j] - cost[i, j]) / eps);
            }

            double acc = 0.0;
            for (int j = 0; j < m; j++)
            {
                acc += Math.Exp((g[j] - cost[i, j]) / eps - hi);
            }

            f[i] = eps * (logA[i] - (hi + Math.Log(acc)));
            for (int j = 0; j < m; j++)
            {
                plan[i, j] = Math.Exp((f[i] + g[j] - cost[i, j]) / eps);
            }
        }

        return plan;
    }
}
