// A shared policy head applied to a whole team of agents at once (multi-agent sims with parameter sharing, MAPPO /
// ML-Agents-style): logits = W · H with the agents' hidden states as the columns of H, so agents are columns.
// Layout: column-major float[actions, agents] (Z = W·X); one softmax per agent = per column.
// Correct: each agent's column max over its actions, exp of the shifted column, divided by the column's own sum.
using System;

namespace HeldOut30.ColumnAgents_PolicyPerAgent;

/// <summary>Team policy head: one matrix product for all agents, then each agent's action distribution.</summary>
public static class SharedPolicyHead
{
    /// <summary>logits[k, a] = Σ_h W[k, h] · hidden[h, a] + bias[k].</summary>
    public static float[,] Logits(float[,] weights, float[] bias, float[,] hidden)
    {
        int actions = weights.GetLength(0);
        int width = weights.GetLength(1);
        int agents = hidden.GetLength(1);
        var logits = new float[actions, agents];
        for (int k = 0; k < actions; k++)
        {
            for (int a = 0; a < agents; a++)
            {
                float z = bias[k];
                for (int h = 0; h < width; h++)
                {
                    z += weights[k, h] * hidden[h, a];
                }

                logits[k, a] = z;
            }
        }

        return logits;
    }

    /// <summary>Column softmax: probabilities[k, a] = π_a(k).</summary>
    public static float[,] ActionProbabilities(float[,] logits)
    {
        int actions = logits.GetLength(0);
        int agents = logits.GetLength(1);
        var probabilities = new float[actions, agents];
        for (int a = 0; a < agents; a++)
        {
            float top = logits[0, a];
            for (int k = 1; k < actions; k++)
            {
                if (logits[k, a] > top)
                {
                    top = logits[k, a];
                }
            }

            float norm = 0f;
            for (int k = 0; k < actions; k++)
            {
                float e = MathF.Exp(logits[k, a] - top);
                probabilities[k, a] = e;
                norm += e;
            }

            float inverse = 1f / norm;
            for (int k = 0; k < actions; k++)
            {
                probabilities[k, a] *= inverse;
            }
        }

        return probabilities;
    }
}
