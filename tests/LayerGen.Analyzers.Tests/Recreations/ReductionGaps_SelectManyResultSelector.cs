// Variants (our own code) of utility-AI option scoring (the shape of HeldOut20's UtilityAi_PeakOverSquad: a squad of
// agents, each with a List<Option> of utilities, each agent picks by a softmax over its own options) where the peak or
// the partition is taken with SelectMany's result-selector overload or with query syntax's second `from`, both of which
// walk every option of every agent.
// Bugs: LG0001 (a max over the whole squad subtracted in one agent's softmax, method and query syntax); LG0002 (a
// partition over the whole squad dividing one agent's exps). Correct twins: the agent's own options (query syntax too),
// and a squad-wide peak that is only logged.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ReductionGaps_SelectManyResultSelector;

public sealed record Option(string Name, float Utility)
{
    public float Weight { get; set; }
}

public sealed class Agent
{
    public List<Option> Options { get; } = new();
}

public static class SquadScoring
{
    public static void PeakBySelector(List<Agent> squad)
    {
        float peak = squad.SelectMany(a => a.Options, (a, o) => o.Utility).Max(); //~ LG0001
        foreach (Agent agent in squad)
        {
            float total = 0f;
            foreach (Option o in agent.Options)
            {
                o.Weight = MathF.Exp(o.Utility - peak);
                total += o.Weight;
            }

            foreach (Option o in agent.Options) o.Weight /= total;
        }
    }

    public static void PeakByQuery(List<Agent> squad)
    {
        var utilities = from agent in squad
                        from option in agent.Options
                        select option.Utility;
        float peak = utilities.Max(); //~ LG0001
        foreach (Agent agent in squad)
        {
            float total = 0f;
            foreach (Option o in agent.Options)
            {
                o.Weight = MathF.Exp(o.Utility - peak);
                total += o.Weight;
            }

            foreach (Option o in agent.Options) o.Weight /= total;
        }
    }

    public static void PartitionByQuery(List<Agent> squad)
    {
        foreach (Agent agent in squad)
        {
            float peak = agent.Options.Max(o => o.Utility);
            foreach (Option o in agent.Options) o.Weight = MathF.Exp(o.Utility - peak);
        }

        foreach (Agent agent in squad)
        {
            float partition = (from a in squad from o in a.Options select o.Weight).Sum(); //~ LG0002
            foreach (Option o in agent.Options) o.Weight /= partition;
        }
    }

    public static void OwnOptions(List<Agent> squad)
    {
        float squadPeak = squad.SelectMany(a => a.Options, (a, o) => o.Utility).Max();
        Console.WriteLine($"squad peak {squadPeak}");
        foreach (Agent agent in squad)
        {
            float peak = (from o in agent.Options select o.Utility).Max();
            float total = 0f;
            foreach (Option o in agent.Options)
            {
                o.Weight = MathF.Exp(o.Utility - peak);
                total += o.Weight;
            }

            foreach (Option o in agent.Options) o.Weight /= total;
        }
    }
}
