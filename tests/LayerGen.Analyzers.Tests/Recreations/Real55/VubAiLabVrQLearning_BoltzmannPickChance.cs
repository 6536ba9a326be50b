// Source: vub-ai-lab/VR-Q-learning-demo Assets/Scripts/Policies/Softmax.cs:10 (re-created, not copied)
// Layout: a Boltzmann (softmax) exploration policy over a Dictionary<Action, float> Q-table row; the sum runs over the
// legal actions in a List, numerator and terms are Math.Pow(Math.E, q / 10^temperature) with no shift.
// Label: GetPickChance LG0003 ×2 (the term in the sum and the numerator; overflow for q/T above ~709).
using System;
using System.Collections.Generic;

namespace Recreations.Real55.VubAiLabVrQLearning_BoltzmannPickChance;

/// <summary>The moves of the demo's grid world.</summary>
public enum Action
{
    Up,
    Down,
    Left,
    Right,
}

/// <summary>Softmax exploration: the chance the policy gives one action.</summary>
public sealed class Softmax
{
    /// <summary>Probability of <paramref name="selectedAction"/> under a Boltzmann distribution of the Q-values.</summary>
    public float GetPickChance(Dictionary<Action, float> qTable, Action selectedAction, List<Action> actions, float epsilon, float temperature)
    {
        float scaledTemperature = (float)Math.Pow(10, temperature);
        float allStateSum = 0;
        foreach (Action action in actions)
        {
            allStateSum += (float)Math.Pow(Math.E, qTable[action] / scaledTemperature); //~ LG0003
        }

        return (float)Math.Pow(Math.E, qTable[selectedAction] / scaledTemperature) / allStateSum; //~ LG0003
    }
}
