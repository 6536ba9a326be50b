// Idiom: information-theoretic MPPI with per-time-step weights: cost-to-go S[k, t] = Σ_{τ ≥ t} q[k, τ] accumulated backwards, then w[k, t] ∝ exp(-(S[k, t] - min_k S[·, t])/λ) over the rollouts
// Layout: double[rollout, step] (the softmax runs down the first index, one slice per time step)
// Correct
using System;

namespace HeldOut35.MppiHorizon_PerTimeStep
{
    public static class PathIntegral
    {
        public static double[,] TimeStepWeights(double[,] stageCost, double lambda)
        {
            int K = stageCost.GetLength(0);
            int T = stageCost.GetLength(1);

            var S = new double[K, T];
            for (int k = 0; k < K; k++)
            {
                double acc = 0.0;
                for (int t = T - 1; t >= 0; t--)
                {
                    acc += stageCost[k, t];
                    S[k, t] = acc;
                }
            }

            var w = new double[K, T];
            for (int t = 0; t < T; t++)
            {
                double sMin = double.PositiveInfinity;
                for (int k = 0; k < K; k++)
                    sMin = Math.Min(sMin, S[k, t]);

                double eta = 0.0;
                for (int k = 0; k < K; k++)
                {
                    w[k, t] = Math.Exp(-(S[k, t] - sMin) / lambda);
                    eta += w[k, t];
                }

                for (int k = 0; k < K; k++)
                    w[k, t] /= eta;
            }

            return w;
        }
    }
}
