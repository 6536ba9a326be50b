// Source: game-AI utility selection with Boltzmann exploration (Unity/MonoGame AI tutorials, "utility AI" agents):
// action name -> utility; probabilities exp((u - max) / T) / sum.
// Layout: Dictionary<string, double>; max from Values.Max(); temperature scaling after the shift.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.HeldOut4.BoltzmannDictionaryTemperature;

public static class UtilitySelector
{
    public static Dictionary<string, double> Probabilities(Dictionary<string, double> utilities, double temperature)
    {
        double best = utilities.Values.Max();
        var weights = new Dictionary<string, double>(utilities.Count);
        double total = 0.0;
        foreach (KeyValuePair<string, double> pair in utilities)
        {
            double w = Math.Exp((pair.Value - best) / temperature);
            weights[pair.Key] = w;
            total += w;
        }

        foreach (string key in weights.Keys.ToList())
            weights[key] /= total;
        return weights;
    }
}
