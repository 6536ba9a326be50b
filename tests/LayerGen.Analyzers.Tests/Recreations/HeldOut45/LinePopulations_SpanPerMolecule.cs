// Idiom: rotational/vibrational level populations per molecule for line intensities, ground level of each molecule via TensorPrimitives.Min
// Layout: flat double[molecules * levels], per-molecule Span slices handed to a private helper
// Correct
using System;
using System.Numerics.Tensors;

namespace HeldOut45.LinePopulations_SpanPerMolecule;

public static class LevelPopulations
{
    /// <summary>Energies in cm^-1, molecule m's levels at [m * levels, (m + 1) * levels); kT in cm^-1 (0.695 * T).</summary>
    public static void Populate(double[] energies, int levels, double kT, double[] populations)
    {
        for (int start = 0; start < energies.Length; start += levels)
        {
            Populate(energies.AsSpan(start, levels), populations.AsSpan(start, levels), kT);
        }
    }

    private static void Populate(ReadOnlySpan<double> e, Span<double> p, double kT)
    {
        double e0 = TensorPrimitives.Min(e);
        double q = 0;
        for (int j = 0; j < e.Length; j++)
        {
            p[j] = Math.Exp(-(e[j] - e0) / kT);
            q += p[j];
        }

        for (int j = 0; j < p.Length; j++)
            p[j] /= q;
    }
}
