// Idiom: tabular Q-learning with Boltzmann action selection; the Q-table is a dictionary from a state key to Q values.
// Use: policy snapshot of every visited state (for display or export), LINQ per state.
// Layout: Dictionary<string, float[]> (one Q row per state), field of the agent.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut98.QTableDictionary_PerState;

public sealed class TabularBoltzmannAgent
{
    private readonly Dictionary<string, float[]> _q = new();

    public float Temperature { get; set; } = 1f;

    public void SetQ(string state, float[] values) => _q[state] = values;

    public Dictionary<string, float[]> PolicySnapshot()
    {
        var policy = new Dictionary<string, float[]>(_q.Count);
        foreach (var (state, values) in _q)
        {
            float best = values.Max();
            float[] w = values.Select(q => MathF.Exp((q - best) / Temperature)).ToArray();
            float z = w.Sum();
            policy[state] = w.Select(x => x / z).ToArray();
        }

        return policy;
    }
}
