// Idiom: multi-state adsorption lattice in float: per-site largest exponent stored in an array, then one grand
// partition function Xi accumulated for the lattice and every site's weights divided by it.
// Use: site occupation probabilities of a lattice-gas model.
// Layout: float[site, state] energies, int[] occupancy per state.
// Bug LG0002: Xi sums the Boltzmann factors of every site (the whole lattice's partition function), so each site's
// probabilities sum to its share of the lattice instead of 1.
// Our own code.
using System;

namespace HeldOut93.LatticeAdsorption_LatticePartitionFunction;

public static class LatticeGas
{
    public static float[,] Occupations(float[,] energy, int[] occupancy, float mu, float kT)
    {
        int sites = energy.GetLength(0), states = energy.GetLength(1);
        var peak = new float[sites];
        for (int i = 0; i < sites; i++)
        {
            peak[i] = float.NegativeInfinity;
            for (int s = 0; s < states; s++)
                peak[i] = MathF.Max(peak[i], (mu * occupancy[s] - energy[i, s]) / kT);
        }

        var w = new float[sites, states];
        float xi = 0f;
        for (int i = 0; i < sites; i++)
            for (int s = 0; s < states; s++)
            {
                w[i, s] = MathF.Exp((mu * occupancy[s] - energy[i, s]) / kT - peak[i]);
                xi += w[i, s]; //~ LG0002
            }

        for (int i = 0; i < sites; i++)
            for (int s = 0; s < states; s++)
                w[i, s] /= xi;
        return w;
    }
}
