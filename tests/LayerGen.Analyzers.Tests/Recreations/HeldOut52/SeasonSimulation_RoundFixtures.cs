// Idiom: Monte Carlo season simulation: each fixture's home/draw/away probabilities from the model's outcome scores,
// then seasons are simulated by drawing outcomes and tallying points.
// Layout: List<Round> records, Round.Fixtures a List<Fixture> records; a Func<double, double> kernel per fixture.
// Correct. Style inspired by public league-table simulation notebooks (simulate the remaining fixtures N times); our own code.
using System;
using System.Collections.Generic;

namespace HeldOut52.SeasonSimulation_RoundFixtures;

public sealed record Fixture(int Home, int Away, double HomeScore, double DrawScore, double AwayScore);

public sealed record Round(int Number, List<Fixture> Fixtures);

public static class SeasonSimulator
{
    public static List<double[]> FixtureProbabilities(List<Round> rounds)
    {
        var probabilities = new List<double[]>();
        foreach (Round round in rounds)
        {
            foreach (Fixture f in round.Fixtures)
            {
                double top = Math.Max(f.HomeScore, Math.Max(f.DrawScore, f.AwayScore));
                Func<double, double> weight = s => Math.Exp(s - top);
                double h = weight(f.HomeScore);
                double d = weight(f.DrawScore);
                double a = weight(f.AwayScore);
                double z = h + d + a;
                probabilities.Add(new[] { h / z, d / z, a / z });
            }
        }

        return probabilities;
    }

    public static double[] ExpectedPoints(List<Round> rounds, int teams, int seasons, int seed)
    {
        List<double[]> p = FixtureProbabilities(rounds);
        var points = new double[teams];
        var rng = new Random(seed);
        for (int season = 0; season < seasons; season++)
        {
            int i = 0;
            foreach (Round round in rounds)
            {
                foreach (Fixture f in round.Fixtures)
                {
                    double u = rng.NextDouble();
                    double[] q = p[i++];
                    if (u < q[0]) points[f.Home] += 3;
                    else if (u < q[0] + q[1]) { points[f.Home] += 1; points[f.Away] += 1; }
                    else points[f.Away] += 3;
                }
            }
        }

        for (int t = 0; t < teams; t++)
        {
            points[t] /= seasons;
        }

        return points;
    }
}
