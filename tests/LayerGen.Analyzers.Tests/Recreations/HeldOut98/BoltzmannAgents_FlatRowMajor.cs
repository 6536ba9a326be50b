// Idiom: Boltzmann (softmax) exploration over each agent's action values with a temperature, plus a sampled action.
// Use: a batch of game agents turns its Q-value rows into action probabilities once per decision step.
// Layout: flat float[agents * actions], row-major (agent g's actions at g * actions + a).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.BoltzmannAgents_FlatRowMajor;

public static class BoltzmannExplorer
{
    public static void ActionProbabilities(float[] qValues, float[] probs, int agents, int actions, float temperature)
    {
        float invT = 1f / temperature;
        for (int g = 0; g < agents; g++)
        {
            int row = g * actions;
            float best = qValues[row];
            for (int a = 1; a < actions; a++)
            {
                float v = qValues[row + a];
                if (v > best) best = v;
            }

            float z = 0f;
            for (int a = 0; a < actions; a++)
            {
                float e = MathF.Exp((qValues[row + a] - best) * invT);
                probs[row + a] = e;
                z += e;
            }

            for (int a = 0; a < actions; a++)
            {
                probs[row + a] /= z;
            }
        }
    }

    public static int SampleAction(ReadOnlySpan<float> agentProbs, Random rng)
    {
        float u = (float)rng.NextDouble();
        float cumulative = 0f;
        for (int a = 0; a < agentProbs.Length; a++)
        {
            cumulative += agentProbs[a];
            if (u < cumulative) return a;
        }

        return agentProbs.Length - 1;
    }
}
