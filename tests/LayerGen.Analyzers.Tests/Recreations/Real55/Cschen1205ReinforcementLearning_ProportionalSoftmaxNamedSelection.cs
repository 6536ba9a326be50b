// Source: cschen1205/cs-reinforcement-learning cs-reinforcement-learning/ActionSelectionStrategies/SoftmaxActionSelectionStrategy.cs:22
// (commit 7ec4bddfd2ce) (re-created, not copied)
// Layout: a "softmax" action-selection strategy over a Q-table keyed by (state, action): it accumulates the raw
// Q-values into a Dictionary<int, double> of running totals, divides each by the total and returns the first action
// whose cumulative share reaches a uniform draw. There is no exp and the temperature is never used.
// Label: SelectAction correct for the catalogue (a look-alike: proportional selection named softmax; with negative
// Q-values it is wrong, but no exp, max, log or derivative is involved, so LG0001–LG0007 must stay silent).
// QModel and RandomEngine are small stand-ins written here.
using System;
using System.Collections.Generic;

namespace Recreations.Real55.Cschen1205ReinforcementLearning_ProportionalSoftmaxNamedSelection;

/// <summary>Q-values per (state, action).</summary>
public sealed class QModel
{
    private readonly Dictionary<(int State, int Action), double> values = new();

    /// <summary>One Q-value.</summary>
    public double this[int stateId, int actionId]
    {
        get => values.TryGetValue((stateId, actionId), out var q) ? q : 0;
        set => values[(stateId, actionId)] = value;
    }

    /// <summary>The actions known at a state, in insertion order.</summary>
    public List<int> FindAllActionsAtState(int stateId)
    {
        var actions = new List<int>();
        foreach (var key in values.Keys)
        {
            if (key.State == stateId)
            {
                actions.Add(key.Action);
            }
        }

        return actions;
    }
}

/// <summary>The library's shared random source.</summary>
public static class RandomEngine
{
    private static readonly Random Random = new(17);

    /// <summary>A uniform draw in [0, 1).</summary>
    public static double NextDouble() => Random.NextDouble();
}

/// <summary>Chooses an action with probability proportional to its Q-value.</summary>
public sealed class SoftmaxActionSelectionStrategy(double tau = 0.1)
{
    /// <summary>The temperature (unused by the selection).</summary>
    public double Tau { get; set; } = tau;

    /// <summary>Draws an action at <paramref name="stateId"/>.</summary>
    public int SelectAction(int stateId, QModel q)
    {
        double r = RandomEngine.NextDouble();
        List<int> actions = q.FindAllActionsAtState(stateId);
        double sum = 0;
        var accWeights = new Dictionary<int, double>();
        foreach (int actionId in actions)
        {
            sum += q[stateId, actionId];
            accWeights[actionId] = sum;
        }

        foreach (int actionId in actions)
        {
            accWeights[actionId] /= sum;
            if (r <= accWeights[actionId])
            {
                return actionId;
            }
        }

        return -1;
    }
}
