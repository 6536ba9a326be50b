// Idiom: serial (simulated) tempering, a walker at energy E visits rung k with probability exp(g_k - beta_k E) / sum_l exp(g_l - beta_l E)
// Layout: IReadOnlyList<Walker> records, log-weights per walker in a fresh array exponentiated in place, jagged out
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut45.SerialTempering_RungProbabilities;

public sealed record Walker(int Id, double Energy);

public static class SerialTempering
{
    public static double[][] RungProbabilities(IReadOnlyList<Walker> walkers, double[] betas, double[] g)
    {
        var probs = new double[walkers.Count][];
        for (int i = 0; i < walkers.Count; i++)
        {
            double energy = walkers[i].Energy;
            var logw = new double[betas.Length];
            double maxLog = double.NegativeInfinity;
            for (int k = 0; k < betas.Length; k++)
            {
                logw[k] = g[k] - betas[k] * energy;
                if (logw[k] > maxLog) maxLog = logw[k];
            }

            double sum = 0;
            for (int k = 0; k < logw.Length; k++)
            {
                logw[k] = Math.Exp(logw[k] - maxLog);
                sum += logw[k];
            }

            for (int k = 0; k < logw.Length; k++)
                logw[k] /= sum;

            probs[i] = logw;
        }

        return probs;
    }
}
