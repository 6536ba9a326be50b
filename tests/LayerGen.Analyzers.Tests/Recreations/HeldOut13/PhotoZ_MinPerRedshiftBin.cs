// Source: template-fitting photometric redshifts (BPZ; EAZY), with the χ² floor taken per grid redshift across the
// catalogue while p(z) is normalised per galaxy.
// Layout: double[galaxies, zGrid] χ², double[zGrid] floor.
// Bug: LG0004 — the minimum χ² (maximum logit) runs over galaxies for each z, the sum over z for each galaxy.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class PhotoZ_MinPerRedshiftBin
{
    public static double[,] Posterior(double[,] chi2)
    {
        int galaxies = chi2.GetLength(0), nz = chi2.GetLength(1);
        var floor = new double[nz];
        for (int k = 0; k < nz; k++)
        {
            floor[k] = double.PositiveInfinity;
            for (int g = 0; g < galaxies; g++)
                floor[k] = Math.Min(floor[k], chi2[g, k]); //~ LG0004
        }

        var pz = new double[galaxies, nz];
        for (int g = 0; g < galaxies; g++)
        {
            double norm = 0.0;
            for (int k = 0; k < nz; k++)
            {
                pz[g, k] = Math.Exp(-0.5 * (chi2[g, k] - floor[k]));
                norm += pz[g, k];
            }
            for (int k = 0; k < nz; k++)
                pz[g, k] /= norm;
        }
        return pz;
    }
}
