// Source: rejection-free kinetic Monte Carlo, the residence-time (BKL) algorithm (Bortz, Kalos & Lebowitz 1975;
// the event-selection step of KMCLib / CLEASE `KineticMonteCarlo`): each lattice site has a list of activated events
// with rates nu * exp(-Ea / kT); the next event of a site is drawn with probability rate / total rate.
// Layout: barriers `double[sites, events]` (eV), probabilities written into `double[sites, events]`.
// Correct: each site's rates are taken relative to its own lowest barrier; the absolute escape rate keeps the
// factor exp(-Ea_min / kT) outside the normalisation (it only sets the clock, it is never divided by).
using System;

namespace HeldOut18.KineticMonteCarlo_ResidenceTimeSelection;

public static class ResidenceTime
{
    /// <summary>Fills the per-site event probabilities and returns each site's escape rate (1/s).</summary>
    public static double[] SelectionProbabilities(double[,] barriers, double kT, double attemptFrequency, double[,] probabilities)
    {
        int sites = barriers.GetLength(0);
        int events = barriers.GetLength(1);
        var escapeRates = new double[sites];
        for (int s = 0; s < sites; s++)
        {
            double lowest = double.PositiveInfinity;
            for (int e = 0; e < events; e++)
            {
                if (barriers[s, e] < lowest)
                {
                    lowest = barriers[s, e];
                }
            }

            double relativeTotal = 0.0;
            for (int e = 0; e < events; e++)
            {
                double relative = Math.Exp(-(barriers[s, e] - lowest) / kT);
                probabilities[s, e] = relative;
                relativeTotal += relative;
            }

            for (int e = 0; e < events; e++)
            {
                probabilities[s, e] /= relativeTotal;
            }

            escapeRates[s] = attemptFrequency * Math.Exp(-lowest / kT) * relativeTotal;
        }

        return escapeRates;
    }

    /// <summary>Residence time of the whole lattice for one uniform draw u in (0, 1].</summary>
    public static double TimeStep(double[] escapeRates, double u)
    {
        double total = 0.0;
        foreach (double r in escapeRates)
        {
            total += r;
        }

        return -Math.Log(u) / total;
    }
}
