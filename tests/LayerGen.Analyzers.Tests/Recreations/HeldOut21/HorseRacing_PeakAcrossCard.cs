// Source: horse-racing handicapping, conditional-logit win probabilities (Bolton & Chapman 1986; Benter 1994).
// Layout: Dictionary<string, List<Runner>> keyed by race id; the best rating is taken once over the whole race card.
// Label: LG0001 (the shift is the maximum over every race of the card, not over the race being normalised).
using System;
using System.Collections.Generic;

namespace HeldOut21.HorseRacingPeakAcrossCard;

/// <summary>A declared runner and its model rating.</summary>
public sealed record Runner(string Name, double Rating);

/// <summary>Win probabilities for a whole race card.</summary>
public static class CardModel
{
    /// <summary>Per-race conditional logit; the stabilising peak is shared by all races.</summary>
    public static Dictionary<string, double[]> WinProbabilities(Dictionary<string, List<Runner>> card, double beta)
    {
        double best = double.NegativeInfinity;
        foreach (var field in card.Values)
            foreach (var runner in field)
                best = Math.Max(best, beta * runner.Rating); //~ LG0001

        var result = new Dictionary<string, double[]>();
        foreach (var (raceId, field) in card)
        {
            var p = new double[field.Count];
            double z = 0;
            for (int i = 0; i < field.Count; i++)
            {
                p[i] = Math.Exp(beta * field[i].Rating - best);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= z;
            result[raceId] = p;
        }

        return result;
    }
}
