// Source: template-fitting photometric redshifts (Benítez 2000 BPZ; Brammer et al. 2008 EAZY): for each galaxy,
// p(z) ∝ exp(−χ²(z) / 2) over the redshift grid, shifted by the galaxy's best (lowest) χ².
// Layout: double[galaxies, zGrid] χ², per-galaxy minimum in a local, mode redshift index returned.
// Correct (the lowest χ² is the largest logit −χ²/2).
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class PhotoZ_RedshiftPosterior
{
    public static double[,] Posterior(double[,] chi2, out int[] modeIndex)
    {
        int galaxies = chi2.GetLength(0), nz = chi2.GetLength(1);
        var pz = new double[galaxies, nz];
        modeIndex = new int[galaxies];
        for (int g = 0; g < galaxies; g++)
        {
            double chiMin = double.PositiveInfinity;
            for (int k = 0; k < nz; k++)
            {
                if (chi2[g, k] < chiMin)
                {
                    chiMin = chi2[g, k];
                    modeIndex[g] = k;
                }
            }

            double norm = 0.0;
            for (int k = 0; k < nz; k++)
            {
                pz[g, k] = Math.Exp(-0.5 * (chi2[g, k] - chiMin));
                norm += pz[g, k];
            }
            for (int k = 0; k < nz; k++)
                pz[g, k] /= norm;
        }
        return pz;
    }
}
