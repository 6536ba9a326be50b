// Re-creation (our own code) of the shape of per-residue rotamer Boltzmann populations (Rosetta packer statistics,
// SCWRL-style rotamer libraries), keyed by residue number.
// Layout: Dictionary<int, double[]> rotamer energies per residue, LINQ Min per residue, populations in a second
// dictionary, normalised after the loop.
// Bug (LG0002): one partition function runs over every residue's rotamers (the protein), so each residue's
// populations sum to a fraction of 1.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public static class RotamerBoltzmannPartitionOverProtein
{
    public static Dictionary<int, double[]> Populations(Dictionary<int, double[]> energies, double kT)
    {
        var populations = new Dictionary<int, double[]>();
        double partition = 0.0;
        foreach (KeyValuePair<int, double[]> residue in energies)
        {
            double lowest = residue.Value.Min();
            var weights = new double[residue.Value.Length];
            for (int r = 0; r < weights.Length; r++)
            {
                weights[r] = Math.Exp(-(residue.Value[r] - lowest) / kT);
                partition += weights[r]; //~ LG0002
            }

            populations[residue.Key] = weights;
        }

        foreach (double[] weights in populations.Values)
            for (int r = 0; r < weights.Length; r++)
                weights[r] /= partition;

        return populations;
    }
}
