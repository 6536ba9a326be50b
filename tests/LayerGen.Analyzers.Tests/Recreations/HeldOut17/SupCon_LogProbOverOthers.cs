// Source: supervised contrastive loss (Khosla et al. 2020; HobbitLong/SupContrast `SupConLoss`): logits are the
//   anchor-contrast dot products over a temperature, every sample but the anchor itself is in the denominator, and
//   the loss is minus the mean log-probability of the anchor's positives.
// Layout: double[n, n] dot products of the 2N views, labels int[n]; log-probabilities written into double[n, n]
//   (the diagonal left 0); the peak and the log-sum skip j == i; log-softmax form l - peak - log(sum).
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Supervised contrastive loss over one batch of views.</summary>
public static class SupConLoss
{
    /// <summary>Returns the loss and writes the log-probabilities.</summary>
    public static double Loss(double[,] dots, int[] labels, double tau, double[,] logProb)
    {
        int n = dots.GetLength(0);
        double loss = 0.0;
        for (int i = 0; i < n; i++)
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                if (j != i)
                {
                    peak = Math.Max(peak, dots[i, j] / tau);
                }
            }

            double z = 0.0;
            for (int j = 0; j < n; j++)
            {
                if (j != i)
                {
                    z += Math.Exp(dots[i, j] / tau - peak);
                }
            }

            double logZ = Math.Log(z);
            double positiveSum = 0.0;
            int positives = 0;
            for (int j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                logProb[i, j] = dots[i, j] / tau - peak - logZ;
                if (labels[j] == labels[i])
                {
                    positiveSum += logProb[i, j];
                    positives++;
                }
            }

            if (positives > 0)
            {
                loss -= positiveSum / positives;
            }
        }

        return loss / n;
    }
}
