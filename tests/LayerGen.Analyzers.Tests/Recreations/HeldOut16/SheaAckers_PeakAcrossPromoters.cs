// Source: thermodynamic (Shea–Ackers) promoter occupancy (Shea & Ackers 1985; Bintu et al. 2005): state weights
// [TF]^n_s exp(−ΔG_s/kT) normalised over one promoter's states.
// Layout: IReadOnlyList of readonly record struct PromoterStates(Energy[], TfBound[]); the "largest exponent" comes from a
// private helper that walks every promoter; a double[][] of occupancies out.
// Bug: LG0001 (the helper's peak spans all promoters, subtracted inside each promoter's softmax).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.SheaAckers_PeakAcrossPromoters;

public readonly record struct PromoterStates(double[] Energy, int[] TfBound);

public static class PromoterModel
{
    /// <summary>State occupancy of each promoter.</summary>
    public static double[][] Occupancies(IReadOnlyList<PromoterStates> promoters, double tf, double kT)
    {
        double lnTf = Math.Log(tf);
        double top = LargestExponent(promoters, lnTf, kT); //~ LG0001
        var result = new double[promoters.Count][];
        for (int k = 0; k < promoters.Count; k++)
        {
            PromoterStates pr = promoters[k];
            var occupancy = new double[pr.Energy.Length];
            double z = 0;
            for (int s = 0; s < occupancy.Length; s++)
            {
                occupancy[s] = Math.Exp(-pr.Energy[s] / kT + pr.TfBound[s] * lnTf - top);
                z += occupancy[s];
            }
            for (int s = 0; s < occupancy.Length; s++) occupancy[s] /= z;
            result[k] = occupancy;
        }
        return result;
    }

    private static double LargestExponent(IReadOnlyList<PromoterStates> promoters, double lnTf, double kT)
    {
        double best = double.NegativeInfinity;
        foreach (PromoterStates pr in promoters)
            for (int s = 0; s < pr.Energy.Length; s++)
                best = Math.Max(best, -pr.Energy[s] / kT + pr.TfBound[s] * lnTf);
        return best;
    }
}
