// Idiom: level populations per molecule for line intensities, one "ground" energy found over the whole buffer first
// Layout: ReadOnlySpan<double> of molecules * levels, Slice per molecule, one-line `if` minimum
// Bug (LG0001): the ground energy (the shift) is the lowest level of all molecules, not of the molecule being populated
using System;

namespace HeldOut45.LinePopulations_GroundOfWholeBuffer;

public static class LevelPopulations
{
    public static void Populate(ReadOnlySpan<double> energies, int levels, double kT, Span<double> populations)
    {
        double e0 = energies[0];
        for (int i = 1; i < energies.Length; i++)
            if (energies[i] < e0) e0 = energies[i]; //~ LG0001

        int molecules = energies.Length / levels;
        for (int m = 0; m < molecules; m++)
        {
            ReadOnlySpan<double> e = energies.Slice(m * levels, levels);
            Span<double> p = populations.Slice(m * levels, levels);
            double q = 0;
            for (int j = 0; j < levels; j++)
            {
                p[j] = Math.Exp(-(e[j] - e0) / kT);
                q += p[j];
            }

            for (int j = 0; j < levels; j++)
                p[j] /= q;
        }
    }
}
