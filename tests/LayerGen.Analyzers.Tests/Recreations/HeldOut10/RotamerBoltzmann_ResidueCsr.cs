// Re-creation (our own code) of the shape of side-chain rotamer Boltzmann probabilities per residue (as in rotamer
// packers and their analyses: Rosetta's packer statistics, SCWRL-style rotamer libraries):
// p(r) = exp(−(E_r − E_min)/kT) / Σ exp(−(E − E_min)/kT) over one residue's rotamers.
// Layout: IReadOnlyList<Rotamer> records grouped by residue, CSR residueStart[]; the per-residue minimum energies are
// stored in a double[] first (a look-alike of a too-wide shift), probabilities to double[].
// Correct: each residue is shifted by its own minimum energy.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public readonly record struct Rotamer(int Residue, string Chi, double Energy);

public static class RotamerBoltzmannResidueCsr
{
    public static double[] Populations(IReadOnlyList<Rotamer> rotamers, int[] residueStart, double kT)
    {
        int residues = residueStart.Length - 1;
        var minimum = new double[residues];
        for (int res = 0; res < residues; res++)
        {
            minimum[res] = double.PositiveInfinity;
            for (int r = residueStart[res]; r < residueStart[res + 1]; r++)
                minimum[res] = Math.Min(minimum[res], rotamers[r].Energy);
        }

        var population = new double[rotamers.Count];
        for (int res = 0; res < residues; res++)
        {
            double z = 0.0;
            for (int r = residueStart[res]; r < residueStart[res + 1]; r++)
            {
                population[r] = Math.Exp(-(rotamers[r].Energy - minimum[res]) / kT);
                z += population[r];
            }

            for (int r = residueStart[res]; r < residueStart[res + 1]; r++)
                population[r] /= z;
        }

        return population;
    }
}
