// Re-creates the shape of pseudo-BMA+ model weights (Yao et al. 2018; ArviZ `compare(method="BB-pseudo-BMA")`): for
// each Bayesian-bootstrap replicate, w = softmax over models of the replicate's elpd, then the mean over replicates.
// Layout: double[replicates, models] bootstrap elpd values; do/while loops.
// Correct: the max and the sum run over the models of one replicate.
using System;

namespace HeldOut11;

public static class PseudoBma_BootstrapReplicates
{
    public static double[] ModelWeights(double[,] elpd, double[,] replicateWeights)
    {
        int replicates = elpd.GetLength(0);
        int models = elpd.GetLength(1);
        var mean = new double[models];
        int r = 0;
        do
        {
            double best = elpd[r, 0];
            int k = 1;
            do
            {
                if (k < models && elpd[r, k] > best)
                    best = elpd[r, k];
                k++;
            } while (k < models);
            double z = 0.0;
            k = 0;
            do
            {
                replicateWeights[r, k] = Math.Exp(elpd[r, k] - best);
                z += replicateWeights[r, k];
                k++;
            } while (k < models);
            for (k = 0; k < models; k++)
            {
                replicateWeights[r, k] /= z;
                mean[k] += replicateWeights[r, k] / replicates;
            }
            r++;
        } while (r < replicates);
        return mean;
    }
}
