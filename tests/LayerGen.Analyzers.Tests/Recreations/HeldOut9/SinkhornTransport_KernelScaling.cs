// Source: Sinkhorn-Knopp matrix scaling (PythonOT `sinkhorn_knopp`, Cuturi 2013), re-created shape: the Gibbs kernel
// K = exp(-C / eps) is formed once and the row scaling u = a / (K v) makes each row of diag(u) K diag(v) carry a_i.
// Layout: double[n, m] cost and kernel, column scaling v, plan out.
// Bug (LG0003): the kernel exponentiates -C / eps with no shift (the known small-eps overflow/underflow of
// Sinkhorn-Knopp), so rows of large -C / eps overflow and rows of small -C / eps give 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class SinkhornTransport_KernelScaling
{
    public static double[,] RowScaling(double[,] cost, double[] v, double[] a, double eps)
    {
        int n = cost.GetLength(0);
        int m = cost.GetLength(1);
        var kernel = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                kernel[i, j] = Math.Exp(-cost[i, j] / eps); //~ LG0003
            }
        }

        var plan = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double kv = 0.0;
            for (int j = 0; j < m; j++)
            {
                kv += kernel[i, j] * v[j];
            }

            double u = a[i] / kv;
            for (int j = 0; j < m; j++)
            {
                plan[i, j] = u * kernel[i, j] * v[j];
            }
        }

        return plan;
    }
}
