// Idiom: MPPI with per-time-step weights over the rollouts, cost-to-go handed in per rollout
// Layout: jagged double[rollout][step]; best[k] = costToGo[k].Min() (the rollout's own minimum over the horizon)
// Bug (LG0004): the shift is each rollout's minimum over the time steps while each time step's normaliser sums over the rollouts
using System;
using System.Linq;

namespace HeldOut35.MppiHorizon_MinPerRollout
{
    public static class PathIntegral
    {
        public static double[][] TimeStepWeights(double[][] costToGo, double lambda)
        {
            int K = costToGo.Length;
            int T = costToGo[0].Length;
            var best = new double[K];
            for (int k = 0; k < K; k++)
                best[k] = costToGo[k].Min(); //~ LG0004

            var w = new double[K][];
            for (int k = 0; k < K; k++)
                w[k] = new double[T];

            for (int t = 0; t < T; t++)
            {
                double eta = 0.0;
                for (int k = 0; k < K; k++)
                {
                    w[k][t] = Math.Exp(-(costToGo[k][t] - best[k]) / lambda);
                    eta += w[k][t];
                }

                for (int k = 0; k < K; k++)
                    w[k][t] /= eta;
            }

            return w;
        }
    }
}
