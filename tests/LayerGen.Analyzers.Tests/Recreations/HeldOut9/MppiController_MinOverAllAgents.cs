// Source: MPPI rollout weighting (Williams et al.), re-created as a multi-agent batch that shares one baseline cost.
// Layout: double[agents, rollouts] costs, weights normalised per agent.
// Bug (LG0001): the baseline rho is the minimum cost over all agents (a max of -cost over the whole batch), not the
// agent's own rollouts.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class MppiController_MinOverAllAgents
{
    public static void Weights(double[,] costs, double lambda, double[,] weights)
    {
        int agents = costs.GetLength(0);
        int rollouts = costs.GetLength(1);
        double rho = double.MaxValue;
        for (int a = 0; a < agents; a++)
        {
            for (int k = 0; k < rollouts; k++)
            {
                rho = Math.Min(rho, costs[a, k]); //~ LG0001
            }
        }

        for (int a = 0; a < agents; a++)
        {
            double eta = 0.0;
            for (int k = 0; k < rollouts; k++)
            {
                weights[a, k] = Math.Exp(-(costs[a, k] - rho) / lambda);
                eta += weights[a, k];
            }

            for (int k = 0; k < rollouts; k++)
            {
                weights[a, k] /= eta;
            }
        }
    }
}
