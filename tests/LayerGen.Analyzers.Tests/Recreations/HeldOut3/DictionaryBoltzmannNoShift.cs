// Re-creates: Boltzmann exploration in C# game-AI / Q-learning code written with ToDictionary: exp(Q / tau) per
// action, then each divided by the total.
// Layout: Dictionary<string, double>; softmax axis = all actions. double.
// Bug: LG0003 (exp of Q / tau with no max subtracted).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.DictionaryBoltzmannNoShift;

public static class Boltzmann
{
    public static Dictionary<string, double> Probabilities(IReadOnlyDictionary<string, double> qValues, double temperature)
    {
        var weights = qValues.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value / temperature)); //~ LG0003
        double total = weights.Values.Sum();
        return weights.ToDictionary(kv => kv.Key, kv => kv.Value / total);
    }
}
