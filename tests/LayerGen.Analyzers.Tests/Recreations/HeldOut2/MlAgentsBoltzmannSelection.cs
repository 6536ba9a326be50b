// Re-creates: Boltzmann (softmax) action selection as in Unity ML-Agents C# samples and game-AI utility code
// Layout: 1-D float[] of action values with a temperature, List<float> for the weights
// Expected: LG0003 — exp(q / temperature) with no max subtracted
using System;
using System.Collections.Generic;

namespace HeldOut2.MlAgentsBoltzmannSelection;

public static class BoltzmannPolicy
{
    public static float[] ActionProbabilities(float[] actionValues, float temperature)
    {
        var weights = new List<float>(actionValues.Length);
        float total = 0f;
        foreach (float q in actionValues)
        {
            float w = MathF.Exp(q / temperature); //~ LG0003
            weights.Add(w);
            total += w;
        }

        var probabilities = new float[actionValues.Length];
        for (int a = 0; a < probabilities.Length; a++)
        {
            probabilities[a] = weights[a] / total;
        }

        return probabilities;
    }
}
