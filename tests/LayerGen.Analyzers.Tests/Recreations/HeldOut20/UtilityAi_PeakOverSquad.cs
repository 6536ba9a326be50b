// Source: utility-AI action selection for game NPCs (Infinite Axis Utility System, Dave Mark; Unity/Godot
// utility-AI packages) with Boltzmann choice over an agent's options.
// Layout: List<Agent> (class) of List<ActionOption> (record class with a computed Utility property), LINQ.
// Bug LG0001: the peak is taken over every option of every agent in the squad (SelectMany), not per agent.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut20.UtilityAiSquadPeak;

public sealed record ActionOption(string Name, float Bias, float Desire)
{
    public float Utility => Bias + Desire;

    public float Probability { get; set; }
}

public sealed class Agent
{
    public required List<ActionOption> Options { get; init; }
}

public static class SquadBrain
{
    public static void ScoreSquad(List<Agent> squad, float temperature)
    {
        float peak = squad.SelectMany(a => a.Options).Max(o => o.Utility); //~ LG0001
        foreach (Agent agent in squad)
        {
            float total = 0f;
            foreach (ActionOption option in agent.Options)
            {
                option.Probability = MathF.Exp((option.Utility - peak) / temperature);
                total += option.Probability;
            }

            foreach (ActionOption option in agent.Options)
            {
                option.Probability /= total;
            }
        }
    }
}
