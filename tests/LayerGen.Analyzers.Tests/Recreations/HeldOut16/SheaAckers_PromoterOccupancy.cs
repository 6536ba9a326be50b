// Source: thermodynamic (Shea–Ackers) model of promoter occupancy (Shea & Ackers 1985; Bintu et al. 2005 "Transcriptional
// regulation by the numbers"): each promoter state s has weight [TF]^n_s [P]^m_s exp(−ΔG_s/kT), normalised over the
// promoter's states; expression follows the polymerase-bound states.
// Layout: List<Promoter> of mutable classes (required init fields, an Occupancy array written back); exponent array per
// promoter, ternary peak; the most active promoter's activity (a max of probabilities) is returned.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.SheaAckers_PromoterOccupancy;

public sealed class Promoter
{
    public required double[] StateFreeEnergy { get; init; }
    public required int[] TfBound { get; init; }
    public required int[] PolymeraseBound { get; init; }
    public double[] Occupancy { get; set; } = Array.Empty<double>();
}

public static class PromoterModel
{
    /// <summary>Fills every promoter's state occupancy; returns the highest polymerase-bound probability.</summary>
    public static double Occupancies(List<Promoter> promoters, double tf, double polymerase, double kT)
    {
        double lnTf = Math.Log(tf), lnP = Math.Log(polymerase);
        double mostActive = 0;
        foreach (Promoter pr in promoters)
        {
            int n = pr.StateFreeEnergy.Length;
            var exponent = new double[n];
            double top = double.NegativeInfinity;
            for (int s = 0; s < n; s++)
            {
                exponent[s] = -pr.StateFreeEnergy[s] / kT + pr.TfBound[s] * lnTf + pr.PolymeraseBound[s] * lnP;
                top = exponent[s] > top ? exponent[s] : top;
            }
            var occupancy = new double[n];
            double z = 0;
            for (int s = 0; s < n; s++)
            {
                occupancy[s] = Math.Exp(exponent[s] - top);
                z += occupancy[s];
            }
            double active = 0;
            for (int s = 0; s < n; s++)
            {
                occupancy[s] /= z;
                if (pr.PolymeraseBound[s] > 0) active += occupancy[s];
            }
            pr.Occupancy = occupancy;
            mostActive = Math.Max(mostActive, active);
        }
        return mostActive;
    }
}
