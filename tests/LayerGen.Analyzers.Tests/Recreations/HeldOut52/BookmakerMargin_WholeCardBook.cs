// Idiom: fair prices per market from model scores, written as a LINQ pipeline over a card of markets.
// Layout: List<double[]> (one array of selection scores per market); Select/Max/Aggregate.
// Bug: each market is shifted by its own max, but the "book" divided by is accumulated over every market of the card.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut52.BookmakerMargin_WholeCardBook;

public static class Card
{
    public static List<double[]> FairProbabilities(List<double[]> marketScores)
    {
        List<double[]> weights = marketScores
            .Select(scores =>
            {
                double top = scores.Max();
                return scores.Select(v => Math.Exp(v - top)).ToArray();
            })
            .ToList();
        double book = weights.Aggregate(0.0, (acc, w) => acc + w.Sum()); //~ LG0002
        return weights.Select(w => w.Select(x => x / book).ToArray()).ToList();
    }
}
