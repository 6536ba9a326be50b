// Idiom: fair prices without the bookmaker's margin: the model's selection scores are normalised per market, then the
// fair decimal odds are 1 / p.
// Layout: IReadOnlyList<Market> records, each with its own double[] of selection scores; Aggregate fold for the max.
// Correct. Style inspired by public de-vig / margin-removal guides (multiplicative normalisation per market); our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut52.BookmakerMargin_MarketRecords;

public sealed record Market(string Event, double[] Scores);

public static class FairBook
{
    public static double[][] FairProbabilities(IReadOnlyList<Market> markets)
    {
        var fair = new double[markets.Count][];
        for (int m = 0; m < markets.Count; m++)
        {
            double[] s = markets[m].Scores;
            double top = s.Aggregate(double.NegativeInfinity, Math.Max);
            var p = new double[s.Length];
            double book = 0.0;
            for (int i = 0; i < s.Length; i++)
            {
                p[i] = Math.Exp(s[i] - top);
                book += p[i];
            }

            for (int i = 0; i < s.Length; i++)
            {
                p[i] /= book;
            }

            fair[m] = p;
        }

        return fair;
    }

    public static double[] FairOdds(double[] probabilities) => probabilities.Select(p => 1.0 / p).ToArray();
}
