// Source: Boltzmann weighting of conformer ensembles (p_i = exp(-E_i / RT) / Q), as written in quick
// post-processing scripts for quantum-chemistry outputs, re-created.
// Layout: mutable struct Conformer { Energy, Population } arrays, one array per molecule in a List.
// Bug (LG0003): exp(-E/RT) of the absolute energies with no lowest energy subtracted; a molecule whose -E/RT is
// above ~709 overflows to infinity and the populations become NaN.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut8;

public struct Conformer
{
    public double Energy;
    public double Population;
}

public static class ConformerPopulations_RawBoltzmann
{
    public static void Populate(Conformer[] conformers, double rt)
    {
        double partition = 0;
        for (int i = 0; i < conformers.Length; i++)
        {
            conformers[i].Population = Math.Exp(-conformers[i].Energy / rt); //~ LG0003
            partition += conformers[i].Population;
        }
        for (int i = 0; i < conformers.Length; i++) conformers[i].Population /= partition;
    }

    public static void PopulateAll(List<Conformer[]> molecules, double rt)
    {
        foreach (Conformer[] m in molecules) Populate(m, rt);
    }
}
