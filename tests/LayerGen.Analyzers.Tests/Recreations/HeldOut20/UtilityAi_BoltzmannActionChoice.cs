// Source: utility-AI action selection for game NPCs, the Infinite Axis Utility System (Dave Mark, GDC AI Summit
// 2013/2015) as ported by Unity/Godot utility-AI packages, with Boltzmann (softmax) choice instead of pure argmax.
// Layout: List<Agent> (class) each holding a List<ActionOption> (record class); utility = bias + weighted inputs,
// a momentum bonus for the current action; softmax over one agent's options with a temperature.
// Correct: peak per agent; the squad-wide best utility is only reported for debugging, never subtracted.
using System;
using System.Collections.Generic;

namespace HeldOut20.UtilityAi;

public sealed record ActionOption(string Name, float Bias, float[] Weights)
{
    public float Probability { get; set; }
}

public sealed class Agent
{
    public required string Id { get; init; }
    public required List<ActionOption> Options { get; init; }
    public required float[] Inputs { get; init; }
    public int CurrentAction { get; set; } = -1;
}

public static class UtilityBrain
{
    /// <summary>Fills every option's Probability; returns the best raw utility seen in the squad (debug overlay).</summary>
    public static float ScoreSquad(List<Agent> squad, float temperature, float momentum)
    {
        float squadBest = float.NegativeInfinity;
        foreach (Agent agent in squad)
        {
            int count = agent.Options.Count;
            float[] utility = new float[count];
            float best = float.NegativeInfinity;
            for (int o = 0; o < count; o++)
            {
                utility[o] = Evaluate(agent.Options[o], agent.Inputs) / temperature;
                if (o == agent.CurrentAction)
                {
                    utility[o] += momentum;
                }

                best = MathF.Max(best, utility[o]);
            }

            squadBest = MathF.Max(squadBest, best * temperature);

            float total = 0f;
            for (int o = 0; o < count; o++)
            {
                utility[o] = MathF.Exp(utility[o] - best);
                total += utility[o];
            }

            for (int o = 0; o < count; o++)
            {
                agent.Options[o].Probability = utility[o] / total;
            }
        }

        return squadBest;
    }

    private static float Evaluate(ActionOption option, float[] inputs)
    {
        float u = option.Bias;
        for (int k = 0; k < option.Weights.Length && k < inputs.Length; k++)
        {
            u += option.Weights[k] * inputs[k];
        }

        return u;
    }
}
