// Source: chemical kinetics, branching ratios of competing reaction channels over a temperature grid (modified
// Arrhenius rates, CHEMKIN / Cantera): phi_i(T) = k_i(T) / sum_j k_j(T).
// Layout: jagged double[channel][temperature] of ln k, per-channel peaks from LINQ, ratios per temperature.
// Bug LG0004: each channel is shifted by its own peak over the temperature grid while the sum runs over the
// channels at one temperature.
using System;
using System.Linq;

namespace HeldOut20.ArrheniusBranchingChannelPeak;

public static class Branching
{
    public static double[][] Ratios(double[][] lnK)
    {
        int channels = lnK.Length;
        int temps = lnK[0].Length;
        double[] peak = lnK.Select(row => row.Max()).ToArray(); //~ LG0004
        var ratio = new double[channels][];
        for (int i = 0; i < channels; i++)
        {
            ratio[i] = new double[temps];
        }

        for (int t = 0; t < temps; t++)
        {
            double z = 0.0;
            for (int i = 0; i < channels; i++)
            {
                ratio[i][t] = Math.Exp(lnK[i][t] - peak[i]);
                z += ratio[i][t];
            }

            for (int i = 0; i < channels; i++)
            {
                ratio[i][t] /= z;
            }
        }

        return ratio;
    }
}
