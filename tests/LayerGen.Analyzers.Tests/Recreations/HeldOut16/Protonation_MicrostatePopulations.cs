// Source: protonation microstate populations over a pH titration (Bashford & Karplus 1990; Ullmann 2003; the
// microstate weighting behind Epik/PROPKA titration curves): p_i(pH) ∝ exp(−G_i(pH)/RT) with
// G_i(pH) = G_i° − n_i·RT·ln 10·pH for a microstate carrying n_i protons.
// Layout: IEnumerable of record TitrationPoint(Ph, StandardFreeEnergy[]); LINQ Select with index for G_i(pH), Min of
// the free energies (shift by the lowest free energy), Select/Sum/Select; the mean proton count is a second output.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut16.Protonation_MicrostatePopulations;

public sealed record TitrationPoint(double Ph, double[] StandardFreeEnergy);

public static class Titration
{
    private static readonly double Ln10 = Math.Log(10.0);

    /// <summary>Microstate populations at each titration point.</summary>
    public static List<double[]> Populations(IEnumerable<TitrationPoint> points, int[] protons, double rt, out double[] meanProtons)
    {
        var populations = new List<double[]>();
        var mean = new List<double>();
        foreach (TitrationPoint point in points)
        {
            double[] g = point.StandardFreeEnergy.Select((g0, i) => g0 - protons[i] * rt * Ln10 * point.Ph).ToArray();
            double gMin = g.Min();
            double[] w = g.Select(gi => Math.Exp(-(gi - gMin) / rt)).ToArray();
            double z = w.Sum();
            double[] p = w.Select(wi => wi / z).ToArray();
            populations.Add(p);
            mean.Add(p.Select((pi, i) => pi * protons[i]).Sum());
        }
        meanProtons = mean.ToArray();
        return populations;
    }
}
