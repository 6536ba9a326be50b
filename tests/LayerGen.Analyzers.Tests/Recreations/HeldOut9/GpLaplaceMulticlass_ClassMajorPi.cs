// Source: multi-class Laplace approximation for Gaussian process classification (Rasmussen & Williams, GPML
// Algorithm 3.3: f is stacked class by class, f = [f^1; ...; f^C], and pi_i^c = exp(f_i^c) / sum_c' exp(f_i^c')),
// re-created for a C# GP library.
// Layout: double[][] f [classes][points] (class-major jagged), softmax over classes per point, reverse loops. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class GpLaplaceMulticlass_ClassMajorPi
{
    public static double[][] Pi(double[][] f)
    {
        int classes = f.Length;
        int n = f[0].Length;
        var pi = new double[classes][];
        for (int c = 0; c < classes; c++) pi[c] = new double[n];

        for (int i = n - 1; i >= 0; i--)
        {
            double fmax = f[classes - 1][i];
            for (int c = classes - 2; c >= 0; c--)
            {
                fmax = Math.Max(fmax, f[c][i]);
            }

            double norm = 0.0;
            for (int c = classes - 1; c >= 0; c--)
            {
                pi[c][i] = Math.Exp(f[c][i] - fmax);
                norm += pi[c][i];
            }

            for (int c = 0; c < classes; c++)
            {
                pi[c][i] /= norm;
            }
        }

        return pi;
    }
}
