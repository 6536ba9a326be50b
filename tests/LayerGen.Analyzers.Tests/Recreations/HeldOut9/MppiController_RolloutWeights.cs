// Source: model predictive path integral control (Williams et al.; the MPPI rollout-weighting step found in robotics
// and Unity vehicle controllers), re-created shape: w_k = exp(-(S_k - min S) / lambda) / eta per agent.
// Layout: List<double[]> rollout costs per agent, LINQ Min as the shift (min cost = max logit). Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public static class MppiController_RolloutWeights
{
    public static List<double[]> Weights(List<double[]> costs, double lambda)
    {
        var result = new List<double[]>(costs.Count);
        foreach (double[] agentCosts in costs)
        {
            double beta = agentCosts.Min();
            var w = new double[agentCosts.Length];
            double eta = 0.0;
            for (int k = 0; k < agentCosts.Length; k++)
            {
                w[k] = Math.Exp(-(agentCosts[k] - beta) / lambda);
                eta += w[k];
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k] /= eta;
            }

            result.Add(w);
        }

        return result;
    }
}
