// Idiom: protein design rotamer probabilities per residue (Boltzmann over rotamer energies), a local function per residue
// Layout: jagged double[residues][rotamers], local function with loops and Math.Min fold, jagged out
// Correct
using System;

namespace HeldOut45.RotamerProbabilities_LocalFunction;

public static class RotamerLibrary
{
    public static double[][] RotamerProbabilities(double[][] rotamerEnergies, double temperature)
    {
        const double R = 0.0019872041;
        double rt = R * temperature;
        var probs = new double[rotamerEnergies.Length][];
        for (int res = 0; res < rotamerEnergies.Length; res++)
            probs[res] = Boltzmann(rotamerEnergies[res]);
        return probs;

        double[] Boltzmann(double[] e)
        {
            double eMin = e[0];
            for (int r = 1; r < e.Length; r++)
                eMin = Math.Min(eMin, e[r]);

            var p = new double[e.Length];
            double z = 0;
            for (int r = 0; r < e.Length; r++)
            {
                p[r] = Math.Exp(-(e[r] - eMin) / rt);
                z += p[r];
            }

            for (int r = 0; r < e.Length; r++)
                p[r] /= z;
            return p;
        }
    }
}
