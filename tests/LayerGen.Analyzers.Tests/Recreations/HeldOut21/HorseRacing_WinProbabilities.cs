// Source: horse-racing handicapping, conditional-logit win probabilities from runner ratings (Bolton & Chapman 1986;
// Benter 1994), the shape of hobbyist C# racing-model code: one softmax over each race's declared runners.
// Layout: Dictionary<string, List<Runner>> keyed by race id (softmax across a race's runners), record class runners,
// scratched runners skipped.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut21.HorseRacingWinProbabilities;

/// <summary>A declared runner: its model rating and whether it was withdrawn.</summary>
public sealed record Runner(string Name, double Rating, bool Scratched);

/// <summary>Win probabilities per race from a conditional logit on ratings.</summary>
public static class WinModel
{
    /// <summary>P(runner wins) = exp(β·rating) / Σ over the race's running field, scratched runners get 0.</summary>
    public static Dictionary<string, double[]> WinProbabilities(Dictionary<string, List<Runner>> races, double beta)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var (raceId, field) in races)
        {
            double best = double.NegativeInfinity;
            foreach (var runner in field)
            {
                if (!runner.Scratched && beta * runner.Rating > best)
                    best = beta * runner.Rating;
            }

            var p = new double[field.Count];
            double z = 0;
            for (int i = 0; i < field.Count; i++)
            {
                if (field[i].Scratched) continue;
                p[i] = Math.Exp(beta * field[i].Rating - best);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= z;
            result[raceId] = p;
        }

        return result;
    }
}
