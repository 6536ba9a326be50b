// Idiom: MPPI control update over a batch of environments, rollouts as structs (cost + noise sequence)
// Layout: Rollout[env][rollout] jagged array of structs, double[env][step] nominal controls
// Bug (LG0002): the normaliser eta is declared once above the environment loop and sums the weights of every environment so far
using System;

namespace HeldOut35.MppiBatch_EtaOverEnvironments
{
    public struct Rollout
    {
        public double Cost;
        public double[] Noise;
    }

    public static class Mppi
    {
        public static double[][] Update(Rollout[][] rollouts, double[][] nominal, double lambda)
        {
            var weights = new double[rollouts.Length][];
            double eta = 0.0;
            for (int e = 0; e < rollouts.Length; e++)
            {
                Rollout[] batch = rollouts[e];
                double sMin = batch[0].Cost;
                for (int k = 1; k < batch.Length; k++)
                    sMin = Math.Min(sMin, batch[k].Cost);

                var w = new double[batch.Length];
                for (int k = 0; k < batch.Length; k++)
                {
                    w[k] = Math.Exp(-(batch[k].Cost - sMin) / lambda);
                    eta += w[k]; //~ LG0002
                }

                for (int k = 0; k < batch.Length; k++)
                    w[k] /= eta;

                double[] u = nominal[e];
                for (int t = 0; t < u.Length; t++)
                    for (int k = 0; k < batch.Length; k++)
                        u[t] += w[k] * batch[k].Noise[t];

                weights[e] = w;
            }

            return weights;
        }
    }
}
