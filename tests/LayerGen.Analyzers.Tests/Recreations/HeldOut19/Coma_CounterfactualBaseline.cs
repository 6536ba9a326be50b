// Source: COMA counterfactual multi-agent policy gradients (Foerster et al. 2018; oxwhirl/pymarl `COMALearner`):
// each agent's policy is a softmax over its available actions (unavailable ones get probability 0), the
// counterfactual baseline is Σ_a π(a) Q(a), and the advantage is Q(u) − baseline.
// Layout: `IReadOnlyList<AgentStep>` of `sealed record AgentStep(double[] Logits, double[] Q, bool[] Available,
// int Action)`, peak over the available actions only, jagged `double[][]` policy out.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut19;

/// <summary>One agent at one time step: policy logits, the critic's Q row, the action mask and the taken action.</summary>
public sealed record AgentStep(double[] Logits, double[] Q, bool[] Available, int Action);

public static class ComaCounterfactualBaseline
{
    /// <summary>Policies and counterfactual advantages of every agent.</summary>
    public static double[] Advantages(IReadOnlyList<AgentStep> agents, double[][] policy)
    {
        var advantages = new double[agents.Count];
        for (int n = 0; n < agents.Count; n++)
        {
            AgentStep step = agents[n];
            double[] pi = policy[n];
            int actions = step.Logits.Length;

            double peak = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
                if (step.Available[a] && step.Logits[a] > peak) peak = step.Logits[a];

            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                pi[a] = step.Available[a] ? Math.Exp(step.Logits[a] - peak) : 0.0;
                z += pi[a];
            }

            double baseline = 0.0;
            for (int a = 0; a < actions; a++)
            {
                pi[a] /= z;
                baseline += pi[a] * step.Q[a];
            }
            advantages[n] = step.Q[step.Action] - baseline;
        }
        return advantages;
    }
}
