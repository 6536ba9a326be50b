// Idiom: tempered-posterior (stepping-stone) weights exp((beta_{r+1} - beta_r) * logLik) for every rung of the
// ladder, with the log-likelihoods stored as one [rungs, draws] table and one reference value for the whole run.
// Use: normalised importance weights per rung for a marginal-likelihood estimate.
// Layout: double[rungs, draws] row-major, the reference found with LINQ over the 2D array, weights double[rungs, draws].
// Inspired by: stepping-stone estimators in MCMC tooling (here taking the largest log-likelihood of the whole run); own code.
// Label: LG0001 — the maximum subtracted spans all rungs, not the rung's own draws (0/0 for a rung far below).
using System;
using System.Linq;

namespace HeldOut62.SteppingStone_LadderWideMax;

public static class PowerPosterior
{
    public static double[,] Weights(double[,] logLik, double[] betas)
    {
        int rungs = logLik.GetLength(0);
        int draws = logLik.GetLength(1);
        double top = logLik.Cast<double>().Max(); //~ LG0001
        var w = new double[rungs, draws];
        for (int r = 0; r < rungs; r++)
        {
            double step = betas[r + 1] - betas[r];
            double z = 0.0;
            for (int s = 0; s < draws; s++)
            {
                w[r, s] = Math.Exp(step * (logLik[r, s] - top));
                z += w[r, s];
            }

            for (int s = 0; s < draws; s++)
            {
                w[r, s] /= z;
            }
        }

        return w;
    }
}
