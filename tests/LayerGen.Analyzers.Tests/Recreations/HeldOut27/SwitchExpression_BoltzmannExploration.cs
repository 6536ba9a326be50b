// Idiom: pattern matching and a switch expression choosing the action weighting by exploration mode (enum + relational patterns).
// Use: Q-learning agent action selection: greedy one-hot, uniform, or Boltzmann (softmax of Q / τ).
// Layout: double[states, actions] Q-table, one distribution per state row.
// Label: LG0003 — the Boltzmann arm computes Math.Exp(q / τ) with no maximum subtracted (large Q values overflow).
using System;

namespace LayerGen.Recreations.HeldOut27;

/// <summary>How the agent turns Q-values into an action distribution.</summary>
public enum Exploration { Greedy, Uniform, Boltzmann }

public static class SwitchExplorationPolicy
{
    /// <summary>Action probabilities for every state of the Q-table under the chosen mode.</summary>
    public static double[,] Policy(double[,] q, Exploration mode, double temperature)
    {
        int states = q.GetLength(0), actions = q.GetLength(1);
        var pi = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            int best = 0;
            for (int a = 1; a < actions; a++)
            {
                if (q[s, a] > q[s, best]) best = a;
            }

            double total = 0.0;
            for (int a = 0; a < actions; a++)
            {
                double w = (mode, temperature) switch
                {
                    (Exploration.Greedy, _) => a == best ? 1.0 : 0.0,
                    (Exploration.Uniform, _) => 1.0,
                    (Exploration.Boltzmann, <= 0.0) => a == best ? 1.0 : 0.0,
                    (Exploration.Boltzmann, _) => Math.Exp(q[s, a] / temperature), //~ LG0003
                    _ => throw new ArgumentOutOfRangeException(nameof(mode)),
                };
                pi[s, a] = w;
                total += w;
            }

            for (int a = 0; a < actions; a++)
            {
                pi[s, a] /= total;
            }
        }

        return pi;
    }
}
