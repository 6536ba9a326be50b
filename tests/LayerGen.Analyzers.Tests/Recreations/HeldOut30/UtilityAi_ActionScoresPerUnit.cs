// Utility AI with Boltzmann (weighted-random) action choice (Infinite Axis Utility System style; Unity / Godot
// utility-AI packages): every unit scores its actions by name, and picks one with a softmax over utility / temperature.
// Layout: IReadOnlyList<Dictionary<string, float>>, one dictionary of action → utility per unit; one softmax per unit.
// Correct: each unit's max over its own scores, shifted exps, divided by that unit's own sum.
using System;
using System.Collections.Generic;

namespace HeldOut30.UtilityAi_ActionScoresPerUnit;

/// <summary>Turns each unit's utility scores into action probabilities.</summary>
public sealed class UtilityChooser
{
    private readonly float _temperature;

    /// <summary>Creates the chooser; a low temperature picks the best action almost always.</summary>
    public UtilityChooser(float temperature) => _temperature = temperature;

    /// <summary>π_u(action) = softmax(utility / T) per unit.</summary>
    public List<Dictionary<string, float>> Probabilities(IReadOnlyList<Dictionary<string, float>> unitScores)
    {
        var result = new List<Dictionary<string, float>>(unitScores.Count);
        foreach (var scores in unitScores)
        {
            float best = float.NegativeInfinity;
            foreach (var (_, utility) in scores)
            {
                best = MathF.Max(best, utility / _temperature);
            }

            var weights = new Dictionary<string, float>(scores.Count);
            float sum = 0f;
            foreach (var (action, utility) in scores)
            {
                float w = MathF.Exp(utility / _temperature - best);
                weights[action] = w;
                sum += w;
            }

            var probabilities = new Dictionary<string, float>(scores.Count);
            foreach (var (action, w) in weights)
            {
                probabilities[action] = w / sum;
            }

            result.Add(probabilities);
        }

        return result;
    }

    /// <summary>Weighted-random pick from one unit's probabilities.</summary>
    public static string Pick(Dictionary<string, float> probabilities, Random rng)
    {
        float draw = (float)rng.NextDouble();
        string last = "";
        foreach (var (action, p) in probabilities)
        {
            last = action;
            draw -= p;
            if (draw <= 0f)
            {
                return action;
            }
        }

        return last;
    }
}
