// Source: fast_align (Dyer, Chahuneau & Smith 2013): alignment posterior ∝ exp(log t − λ |i/m − j/n|) over source
// positions. Layout: double[m, n] log translation table; the diagonal term is ≤ 0, so the exp was left unshifted.
// Bug: LG0003 — log t is not bounded above; the exp of the raw argument overflows.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class FastAlign_RawDiagonalExp
{
    public static double[,] Posterior(double[,] logTranslation, double tension)
    {
        int m = logTranslation.GetLength(0), n = logTranslation.GetLength(1);
        var posterior = new double[m, n];
        for (int i = 0; i < m; i++)
        {
            double z = 0.0;
            for (int j = 0; j < n; j++)
            {
                double h = Math.Abs((i + 1.0) / m - (j + 1.0) / n);
                posterior[i, j] = Math.Exp(logTranslation[i, j] - tension * h); //~ LG0003
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
