// Idiom: daily rebalancing over a changing universe: each day's snapshot holds the quotes of the names listed that
// day, and the day's weights are a softmax of their signal (own code).
// Layout: List<DailySnapshot> records, each with a Quote[] of a different length; LINQ Max/Select/Sum per day.
// Label: Correct (each day's own best signal is subtracted and each day divided by its own total).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut49.DailySnapshots_RecordQuotes;

public sealed record Quote(string Ticker, double Bid, double Ask, double Signal);

public sealed record DailySnapshot(DateOnly Date, Quote[] Quotes);

public sealed record TargetWeight(DateOnly Date, string Ticker, double Weight);

public static class DailyRebalance
{
    public static List<TargetWeight> Targets(List<DailySnapshot> history)
    {
        var targets = new List<TargetWeight>();
        foreach (DailySnapshot snap in history)
        {
            double best = snap.Quotes.Max(q => q.Signal);
            double[] e = snap.Quotes.Select(q => Math.Exp(q.Signal - best)).ToArray();
            double z = e.Sum();
            for (int i = 0; i < e.Length; i++)
            {
                targets.Add(new TargetWeight(snap.Date, snap.Quotes[i].Ticker, e[i] / z));
            }
        }

        return targets;
    }
}
