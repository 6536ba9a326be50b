// Source: fast_align's reparameterised IBM Model 2 (Dyer, Chahuneau & Smith 2013; clab/fast_align): the alignment
// posterior of target word i over source positions j is ∝ t(f_i | e_j) · exp(−λ |i/m − j/n|), done in log space as a
// softmax of log t − λ h(i, j). Layout: double[m, n] log translation table, one scratch row reused per target word.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class FastAlign_DiagonalPosterior
{
    public static double[,] Posterior(double[,] logTranslation, double tension)
    {
        int m = logTranslation.GetLength(0), n = logTranslation.GetLength(1);
        var posterior = new double[m, n];
        var arg = new double[n];
        for (int i = 0; i < m; i++)
        {
            double best = double.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                double h = Math.Abs((i + 1.0) / m - (j + 1.0) / n);
                arg[j] = logTranslation[i, j] - tension * h;
                if (arg[j] > best)
                {
                    best = arg[j];
                }
            }

            double z = 0.0;
            for (int j = 0; j < n; j++)
            {
                posterior[i, j] = Math.Exp(arg[j] - best);
                z += posterior[i, j];
            }

            for (int j = 0; j < n; j++)
            {
                posterior[i, j] /= z;
            }
        }

        return posterior;
    }
}
