// Idiom: sector-neutral allocation, a softmax over the tickers of each sector, with the classification held as a
// dictionary sector -> tickers and the signal as a dictionary ticker -> score (own code).
// Layout: IReadOnlyDictionary<string, string[]> sectors, IReadOnlyDictionary<string, double> scores; result
// Dictionary<string, double> ticker -> weight within its sector.
// Label: LG0001 — the top score is taken once over the whole universe (score.Values.Max()) and subtracted in every
// sector, so a sector whose scores sit far below the universe's best underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut49.SectorSoftmax_UniverseTopScore;

public static class SectorWeights
{
    public static Dictionary<string, double> Compute(
        IReadOnlyDictionary<string, string[]> tickersBySector,
        IReadOnlyDictionary<string, double> score)
    {
        double top = score.Values.Max(); //~ LG0001
        var weights = new Dictionary<string, double>();
        foreach (var (sector, tickers) in tickersBySector)
        {
            double sum = 0.0;
            foreach (string ticker in tickers)
            {
                double e = Math.Exp(score[ticker] - top);
                weights[ticker] = e;
                sum += e;
            }

            foreach (string ticker in tickers)
            {
                weights[ticker] /= sum;
            }
        }

        return weights;
    }
}
