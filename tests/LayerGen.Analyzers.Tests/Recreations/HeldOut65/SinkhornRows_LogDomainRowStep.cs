// Idiom: log-domain Sinkhorn, the row half-step. With the column potential g fixed, each row of the log kernel
// (g[j] - C[i, j]) / eps is normalised by its own log-sum-exp: the conditional plan P[i, j] = exp(K[i, j] - lse_i), and
// the new row potential f[i] = -eps * lse_i (uniform marginals, so the eps * log a_i term is a constant and dropped).
// Use: entropic optimal transport between two histograms. Layout: cost double[n, m] row-major, g double[m].
// Inspired by the log-domain Sinkhorn of Peyré & Cuturi, "Computational Optimal Transport" (softmin over a row of
// C - g). Our own code. Correct: per-row max of the log kernel, per-row sum.
using System;

namespace HeldOut65.SinkhornRows_LogDomainRowStep;

public static class LogSinkhorn
{
    public static double[,] RowStep(double[,] cost, double[] g, double eps, double[] f)
    {
        int n = cost.GetLength(0);
        int m = cost.GetLength(1);
        var plan = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double top = double.NegativeInfinity;
            for (int j = 0; j < m; j++)
            {
                top = Math.Max(top, (g[j] - cost[i, j]) / eps);
            }

            double z = 0.0;
            for (int j = 0; j < m; j++)
            {
                double e = Math.Exp((g[j] - cost[i, j]) / eps - top);
                plan[i, j] = e;
                z += e;
            }

            for (int j = 0; j < m; j++)
            {
                plan[i, j] /= z;
            }

            f[i] = -eps * (top + Math.Log(z));
        }

        return plan;
    }
}
