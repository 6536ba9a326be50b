// Idiom: entropic optimal transport, MATLAB-style port: K = exp(-C/epsilon) formed first, then u = a ./ (K * ones), P = diag(u) * K
// Layout: flat row-major double[n * m] cost and kernel, separate passes
// Bug (LG0003): the Gibbs kernel exponentiates -C/ε with no per-row shift; a small ε (or large costs) underflows every entry of a row to 0 and u = a/0
using System;

namespace HeldOut35.SoftAssign_RawGibbsKernel
{
    public static class Sinkhorn
    {
        public static double[] RowScaledPlan(double[] C, int n, int m, double[] a, double epsilon)
        {
            var K = new double[n * m];
            for (int idx = 0; idx < n * m; idx++)
                K[idx] = Math.Exp(-C[idx] / epsilon); //~ LG0003

            var u = new double[n];
            for (int i = 0; i < n; i++)
            {
                double Kv = 0.0;
                for (int j = 0; j < m; j++)
                    Kv += K[i * m + j];
                u[i] = a[i] / Kv;
            }

            var P = new double[n * m];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++)
                    P[i * m + j] = u[i] * K[i * m + j];

            return P;
        }
    }
}
