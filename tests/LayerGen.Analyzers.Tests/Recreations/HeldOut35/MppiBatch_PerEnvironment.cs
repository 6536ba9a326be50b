// Idiom: MPPI (model-predictive path integral) control update for a batch of simulated environments: w_k ∝ exp(-(S_k - min S)/λ) per environment, u_t += Σ_k w_k ε_k,t
// Layout: float[env, rollout] costs, float[env, rollout, step] noise, float[env, step] nominal controls
// Correct
using System;

namespace HeldOut35.MppiBatch_PerEnvironment
{
    public static class BatchedMppi
    {
        public static void Update(float[,] cost, float[,,] noise, float[,] nominal, float lambda, float[,] weights)
        {
            int envs = cost.GetLength(0);
            int rollouts = cost.GetLength(1);
            int horizon = nominal.GetLength(1);
            for (int e = 0; e < envs; e++)
            {
                float sMin = float.MaxValue;
                for (int k = 0; k < rollouts; k++)
                {
                    if (cost[e, k] < sMin) sMin = cost[e, k];
                }

                float eta = 0f;
                for (int k = 0; k < rollouts; k++)
                {
                    weights[e, k] = MathF.Exp(-(cost[e, k] - sMin) / lambda);
                    eta += weights[e, k];
                }

                for (int k = 0; k < rollouts; k++)
                {
                    weights[e, k] /= eta;
                }

                for (int t = 0; t < horizon; t++)
                {
                    float du = 0f;
                    for (int k = 0; k < rollouts; k++)
                    {
                        du += weights[e, k] * noise[e, k, t];
                    }

                    nominal[e, t] += du;
                }
            }
        }
    }
}
