// Idiom: rotamer probabilities per residue in LINQ, each residue shifted by its own lowest rotamer, one partition function for the design
// Layout: IReadOnlyList<double[]>, statement lambda in Select, `boltz.Sum(row => row.Sum())`
// Bug (LG0002): the partition function sums the Boltzmann factors of every residue, not of one residue
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut45.RotamerProbabilities_WholeDesignPartition;

public static class RotamerLibrary
{
    public static double[][] RotamerProbabilities(IReadOnlyList<double[]> rotamerEnergies, double rt)
    {
        double[][] boltz = rotamerEnergies
            .Select(e =>
            {
                double eMin = e.Min();
                return e.Select(x => Math.Exp(-(x - eMin) / rt)).ToArray();
            })
            .ToArray();
        double z = boltz.Sum(row => row.Sum()); //~ LG0002
        return boltz.Select(row => row.Select(b => b / z).ToArray()).ToArray();
    }
}
