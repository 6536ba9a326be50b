// Idiom: expected-points model over shot outcomes (goal, saved, blocked, off target) per shot, grouped by game.
// Layout: IReadOnlyList<Shot[]> (games of shot records), each shot's outcome scores a double[]; foreach max per shot.
// Correct. Style inspired by public expected-goals / expected-points notebooks; our own code.
using System;
using System.Collections.Generic;

namespace HeldOut52.ShotOutcomes_PerShot;

public readonly record struct Shot(int Player, double[] Scores);

public static class ExpectedPoints
{
    public static double[][][] OutcomeProbabilities(IReadOnlyList<Shot[]> games)
    {
        var result = new double[games.Count][][];
        for (int g = 0; g < games.Count; g++)
        {
            Shot[] shots = games[g];
            result[g] = new double[shots.Length][];
            for (int s = 0; s < shots.Length; s++)
            {
                double[] scores = shots[s].Scores;
                double best = double.NegativeInfinity;
                foreach (double v in scores)
                {
                    best = Math.Max(best, v);
                }

                var p = new double[scores.Length];
                double total = 0.0;
                for (int k = 0; k < scores.Length; k++)
                {
                    p[k] = Math.Exp(scores[k] - best);
                    total += p[k];
                }

                for (int k = 0; k < p.Length; k++)
                {
                    p[k] /= total;
                }

                result[g][s] = p;
            }
        }

        return result;
    }

    public static double GameExpectedPoints(double[][] shotProbabilities, double[] pointsPerOutcome)
    {
        double xp = 0.0;
        foreach (double[] p in shotProbabilities)
        {
            for (int k = 0; k < p.Length; k++)
            {
                xp += p[k] * pointsPerOutcome[k];
            }
        }

        return xp;
    }
}
