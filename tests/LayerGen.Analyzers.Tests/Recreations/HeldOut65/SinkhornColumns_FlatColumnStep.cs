// Idiom: log-domain Sinkhorn, the column half-step. With the row potential f fixed, each COLUMN j of the log kernel
// (f[i] - C[i, j]) / eps is normalised over the first axis i by its own log-sum-exp, and g[j] = -eps * lse_j.
// Use: entropic optimal transport, the second half of each Sinkhorn sweep. Layout: flat row-major cost double[n * m]
// (element (i, j) at i * m + j), so a column is strided by m. Inspired by the alternating logsumexp over axis 0 / axis 1
// of Python log-Sinkhorn implementations. Our own code. Correct: per-column max and per-column sum.
using System;

namespace HeldOut65.SinkhornColumns_FlatColumnStep;

public static class FlatSinkhorn
{
    public static double[] ColumnStep(double[] cost, int n, int m, double[] f, double eps, double[] g)
    {
        var plan = new double[n * m];
        for (int j = 0; j < m; j++)
        {
            double best = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                double k = (f[i] - cost[i * m + j]) / eps;
                if (k > best)
                {
                    best = k;
                }
            }

            double colSum = 0.0;
            for (int i = 0; i < n; i++)
            {
                int at = i * m + j;
                plan[at] = Math.Exp((f[i] - cost[at]) / eps - best);
                colSum += plan[at];
            }

            for (int i = 0; i < n; i++)
            {
                plan[i * m + j] /= colSum;
            }

            g[j] = -eps * (best + Math.Log(colSum));
        }

        return plan;
    }
}
