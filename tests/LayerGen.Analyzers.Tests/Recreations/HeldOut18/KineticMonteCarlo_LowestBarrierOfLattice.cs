// Source: rejection-free kinetic Monte Carlo, residence-time (BKL) event selection (Bortz, Kalos & Lebowitz 1975;
// KMCLib / CLEASE `KineticMonteCarlo`), written over a flat barrier buffer.
// Layout: flat `ReadOnlySpan<double>` barriers [site * events + e], `Span<double>` probabilities, same layout.
// Bug (LG0001): the reference barrier is the lowest barrier of the whole lattice, not of each site, so a site
// whose barriers all lie far above it gets exp(-huge) = 0 for every event and 0/0 probabilities.
using System;

namespace HeldOut18.KineticMonteCarlo_LowestBarrierOfLattice;

public static class FlatResidenceTime
{
    public static void SelectionProbabilities(ReadOnlySpan<double> barriers, int events, double kT, Span<double> probabilities)
    {
        double lowest = double.MaxValue;
        foreach (double b in barriers)
        {
            lowest = Math.Min(lowest, b); //~ LG0001
        }

        int sites = barriers.Length / events;
        for (int s = 0; s < sites; s++)
        {
            int offset = s * events;
            double total = 0.0;
            for (int e = 0; e < events; e++)
            {
                double relative = Math.Exp(-(barriers[offset + e] - lowest) / kT);
                probabilities[offset + e] = relative;
                total += relative;
            }

            for (int e = 0; e < events; e++)
            {
                probabilities[offset + e] /= total;
            }
        }
    }
}
