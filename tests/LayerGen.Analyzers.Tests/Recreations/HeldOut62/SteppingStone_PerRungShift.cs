// Idiom: tempered-posterior weights for stepping-stone / thermodynamic-integration marginal likelihood:
// rung r's draws come from the power posterior at beta_r and are reweighted by exp((beta_{r+1} - beta_r) * logLik),
// shifted by that rung's largest log-likelihood (times the positive step, which is the largest exponent).
// Use: normalised importance weights per rung for the stepping-stone ratio estimates and their diagnostics.
// Layout: List<double[]> of per-rung log-likelihood chains, double[] temperature ladder (increasing), List<double[]> out.
// Inspired by: the stepping-stone estimator of Xie et al. 2011 as written in phylogenetics/MCMC tooling; own code.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut62.SteppingStone_PerRungShift;

public static class SteppingStone
{
    public static List<double[]> RungWeights(List<double[]> logLikByRung, double[] betas)
    {
        var result = new List<double[]>(logLikByRung.Count);
        for (int r = 0; r < logLikByRung.Count; r++)
        {
            double[] chain = logLikByRung[r];
            double step = betas[r + 1] - betas[r];
            double top = chain.Max();
            var w = new double[chain.Length];
            double sum = 0.0;
            for (int s = 0; s < chain.Length; s++)
            {
                w[s] = Math.Exp(step * (chain[s] - top));
                sum += w[s];
            }

            for (int s = 0; s < w.Length; s++)
            {
                w[s] /= sum;
            }

            result.Add(w);
        }

        return result;
    }
}
