// Source: from-scratch softmax regression in C# (mini-batch gradient code that computes all class probabilities
// of the batch before the update), re-created with the normaliser declared next to the batch buffers.
// Layout: double[N, K] scores; per-sample softmax over K classes.
// Bug LG0002: `norm` is set to zero once before the sample loop and accumulates every sample's exps.
using System;

namespace HeldOut6.MultinomialLogRegBatchNormHoisted;

public static class BatchProbabilities
{
    public static double[,] Compute(double[,] scores)
    {
        int n = scores.GetLength(0);
        int classes = scores.GetLength(1);
        var probs = new double[n, classes];
        var expScores = new double[n, classes];
        double norm = 0.0;
        for (int i = 0; i < n; i++)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                m = scores[i, k] > m ? scores[i, k] : m;
            }

            for (int k = 0; k < classes; k++)
            {
                expScores[i, k] = Math.Exp(scores[i, k] - m);
                norm += expScores[i, k]; //~ LG0002
            }

            for (int k = 0; k < classes; k++)
            {
                probs[i, k] = expScores[i, k] / norm;
            }
        }

        return probs;
    }
}
