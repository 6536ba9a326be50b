// Source: Gaussian mixture EM in C# (Accord.NET GaussianMixtureModel-style E-step written in log space):
// responsibilities r(n, k) = pi_k N(x_n | k) / sum_j pi_j N(x_n | j) from log-likelihoods plus log-weights.
// Layout: logLikelihood double[points, components], logWeights double[components]; softmax over components.
// Correct.
using System;

namespace HeldOut7.GmmResponsibilitiesLogSpace
{
    public static class MixtureEStep
    {
        public static double Responsibilities(double[,] logLikelihood, double[] logWeights, double[,] resp)
        {
            int points = logLikelihood.GetLength(0);
            int k = logLikelihood.GetLength(1);
            var joint = new double[k];
            double total = 0;
            for (int n = 0; n < points; n++)
            {
                double best = double.NegativeInfinity;
                for (int j = 0; j < k; j++)
                {
                    joint[j] = logLikelihood[n, j] + logWeights[j];
                    best = joint[j] > best ? joint[j] : best;
                }

                double norm = 0;
                for (int j = 0; j < k; j++)
                {
                    norm += Math.Exp(joint[j] - best);
                }

                double logNorm = best + Math.Log(norm);
                total += logNorm;
                for (int j = 0; j < k; j++)
                {
                    resp[n, j] = Math.Exp(joint[j] - logNorm);
                }
            }

            return total;
        }
    }
}
