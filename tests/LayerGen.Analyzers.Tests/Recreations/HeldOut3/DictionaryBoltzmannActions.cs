// Re-creates: game-AI / reinforcement-learning Boltzmann (softmax) action selection in C# (Unity ML-Agents examples,
// tabular Q-learning tutorials): Q-values per action name in a dictionary, temperature tau, shifted by the best Q.
// Layout: Dictionary<string, double>; softmax axis = all actions. double.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.DictionaryBoltzmannActions;

public static class Boltzmann
{
    public static Dictionary<string, double> Probabilities(IReadOnlyDictionary<string, double> qValues, double temperature)
    {
        double maxQ = qValues.Values.Max();
        var weights = new Dictionary<string, double>();
        double total = 0;
        foreach (var (action, q) in qValues)
        {
            double w = Math.Exp((q - maxQ) / temperature);
            weights[action] = w;
            total += w;
        }

        foreach (string action in weights.Keys.ToList())
        {
            weights[action] /= total;
        }

        return weights;
    }
}
