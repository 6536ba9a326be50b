// Akaike weights (Burnham & Anderson) per bootstrap replicate: w_m = exp(-Δ_m / 2) / Σ exp(-Δ_m' / 2), Δ_m = AIC_m - min AIC.
// Layout: one record per replicate holding the AIC of every candidate model; LINQ Min.
// Correct: each replicate's own minimum AIC (the negated maximum of -AIC/2) and its own sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut32;

/// <summary>The AIC of every candidate model fitted to one bootstrap replicate.</summary>
public sealed record ReplicateFit(int Replicate, double[] Aic);

/// <summary>Model-averaging weights per replicate.</summary>
public static class AkaikeWeightsPerReplicate
{
    /// <summary>weights[b][m] = Akaike weight of model m in replicate b.</summary>
    public static double[][] Weights(IReadOnlyList<ReplicateFit> fits)
    {
        var result = new double[fits.Count][];
        for (int b = 0; b < fits.Count; b++)
        {
            double[] aic = fits[b].Aic;
            double best = aic.Min();
            var w = new double[aic.Length];
            double total = 0;
            for (int m = 0; m < aic.Length; m++)
            {
                w[m] = Math.Exp(-0.5 * (aic[m] - best));
                total += w[m];
            }

            for (int m = 0; m < aic.Length; m++)
            {
                w[m] /= total;
            }

            result[b] = w;
        }

        return result;
    }
}
