// Re-creates the shape of pseudo-BMA+ model weights (Yao et al. 2018; ArviZ `compare(method="BB-pseudo-BMA")`): for
// each Bayesian-bootstrap replicate, w = softmax over models of the replicate's elpd, then the mean over replicates.
// Layout: double[replicates, models] bootstrap elpd values, a per-replicate best array, one normalisation pass.
// Bug (LG0002): one total over every replicate's exps is used to normalise all of them.
using System;

namespace HeldOut11;

public static class PseudoBma_OneTotalOverReplicates
{
    public static double[] ModelWeights(double[,] elpd, double[,] replicateWeights)
    {
        int replicates = elpd.GetLength(0);
        int models = elpd.GetLength(1);
        var best = new double[replicates];
        for (int r = 0; r < replicates; r++)
        {
            best[r] = double.NegativeInfinity;
            for (int k = 0; k < models; k++)
                best[r] = Math.Max(best[r], elpd[r, k]);
        }
        double z = 0.0;
        for (int r = 0; r < replicates; r++)
        {
            for (int k = 0; k < models; k++)
            {
                replicateWeights[r, k] = Math.Exp(elpd[r, k] - best[r]);
                z += replicateWeights[r, k]; //~ LG0002
            }
        }
        var mean = new double[models];
        for (int r = 0; r < replicates; r++)
        {
            for (int k = 0; k < models; k++)
            {
                replicateWeights[r, k] /= z;
                mean[k] += replicateWeights[r, k] / replicates;
            }
        }
        return mean;
    }
}
