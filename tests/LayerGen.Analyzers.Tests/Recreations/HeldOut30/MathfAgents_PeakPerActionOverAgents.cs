// Unity-style batched inference for a group of agents (ML-Agents-like: one decision request per step for every agent
// of a behaviour), written with the game's own Mathf-style static helper class.
// Layout: flat float[agents · actions], row-major (agent a's logits at a · actions + k); one softmax per agent.
// Bug (LG0004): the peak is kept per action over all agents (a column max, actionPeak[k]), while each agent's sum runs
// over its actions: max and sum over different axes, so an agent's row is shifted by other agents' logits.
using System;

namespace HeldOut30.MathfAgents_PeakPerActionOverAgents;

/// <summary>A Unity-Mathf-style float helper (the game's own, not UnityEngine).</summary>
public static class Mathf
{
    /// <summary>e^x in float.</summary>
    public static float Exp(float x) => (float)Math.Exp(x);

    /// <summary>The larger of two floats.</summary>
    public static float Max(float a, float b) => Math.Max(a, b);
}

/// <summary>The decision step of one behaviour's agents.</summary>
public static class BehaviourDecisions
{
    /// <summary>Per-agent action probabilities, same layout as the logits.</summary>
    public static float[] Decide(float[] logits, int agents, int actions)
    {
        var actionPeak = new float[actions];
        Array.Fill(actionPeak, float.MinValue);
        for (int a = 0; a < agents; a++)
        {
            for (int k = 0; k < actions; k++)
            {
                actionPeak[k] = Mathf.Max(actionPeak[k], logits[a * actions + k]); //~ LG0004
            }
        }

        var probabilities = new float[logits.Length];
        for (int a = 0; a < agents; a++)
        {
            float sum = 0f;
            for (int k = 0; k < actions; k++)
            {
                probabilities[a * actions + k] = Mathf.Exp(logits[a * actions + k] - actionPeak[k]);
                sum += probabilities[a * actions + k];
            }

            for (int k = 0; k < actions; k++)
            {
                probabilities[a * actions + k] /= sum;
            }
        }

        return probabilities;
    }
}
