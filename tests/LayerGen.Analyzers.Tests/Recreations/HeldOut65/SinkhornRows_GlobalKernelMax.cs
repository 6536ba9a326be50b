// Idiom: log-domain Sinkhorn row half-step written with a precomputed log kernel logK[i][j] = (g[j] - C[i][j]) / eps,
// "stabilised" once by the largest entry of the whole kernel before the row loop.
// Use: entropic OT between histograms (row scaling of the plan). Layout: jagged double[n][m] cost and log kernel.
// Inspired by log-domain Sinkhorn solvers that precompute -C / eps (e.g. the TypeScript/JAX ports found in the code
// search). Our own code. Bug LG0001: the max subtracted spans every row of the kernel, not the row being normalised
// (a row far below the kernel's maximum underflows to 0 / 0).
using System;

namespace HeldOut65.SinkhornRows_GlobalKernelMax;

public static class JaggedSinkhorn
{
    public static double[][] RowStep(double[][] cost, double[] g, double eps)
    {
        var logK = new double[cost.Length][];
        for (int i = 0; i < cost.Length; i++)
        {
            logK[i] = new double[g.Length];
            for (int j = 0; j < g.Length; j++)
            {
                logK[i][j] = (g[j] - cost[i][j]) / eps;
            }
        }

        double shift = double.NegativeInfinity;
        foreach (double[] row in logK)
        {
            foreach (double v in row)
            {
                if (v > shift) shift = v; //~ LG0001
            }
        }

        var plan = new double[cost.Length][];
        for (int i = 0; i < cost.Length; i++)
        {
            var p = new double[g.Length];
            double rowMass = 0.0;
            for (int j = 0; j < p.Length; j++)
            {
                p[j] = Math.Exp(logK[i][j] - shift);
                rowMass += p[j];
            }

            for (int j = 0; j < p.Length; j++)
            {
                p[j] /= rowMass;
            }

            plan[i] = p;
        }

        return plan;
    }
}
