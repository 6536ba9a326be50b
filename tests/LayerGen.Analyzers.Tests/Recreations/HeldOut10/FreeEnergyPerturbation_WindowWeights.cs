// Re-creation (our own code) of the shape of Zwanzig free-energy perturbation per λ window (alchemical FEP analysis,
// as in pymbar/alchemlyb's EXP estimator): ΔF = −kT log ⟨exp(−β ΔU)⟩ and the sample reweighting
// w_n = exp(−β ΔU_n) / Σ_m exp(−β ΔU_m) within each window.
// Layout: jagged double[windows][samples] of ΔU (windows may hold different sample counts), LINQ Min per window.
// Correct: the smallest ΔU of the window is the shift (the largest −βΔU), added back into ΔF.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public static class FreeEnergyPerturbationWindowWeights
{
    public static double[] Reweight(double[][] deltaU, double beta, double[][] weights)
    {
        var freeEnergy = new double[deltaU.Length];
        for (int w = 0; w < deltaU.Length; w++)
        {
            double[] window = deltaU[w];
            double lowest = window.Min();
            double sum = 0.0;
            for (int n = 0; n < window.Length; n++)
            {
                weights[w][n] = Math.Exp(-beta * (window[n] - lowest));
                sum += weights[w][n];
            }

            for (int n = 0; n < window.Length; n++)
                weights[w][n] /= sum;

            freeEnergy[w] = lowest - Math.Log(sum / window.Length) / beta;
        }

        return freeEnergy;
    }
}
