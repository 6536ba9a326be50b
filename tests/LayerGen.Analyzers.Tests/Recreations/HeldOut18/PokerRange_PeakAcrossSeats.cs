// Source: Bayesian opponent hand-range update in poker bots (Billings et al. 2002 weight tables, log space): after
// an observed action each seat's range gains log P(action | hand) and is renormalised.
// Layout: `Dictionary<int, Dictionary<string, double>>` seat -> hand -> log weight, an update pass, then one peak
// over the table through nested deconstructed `foreach` loops, then one normalisation per seat.
// Bug (LG0001): the peak spans every seat's range, so a seat whose range sits far below the table's best hand
// (a tight player after a passive action) underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.PokerRange_PeakAcrossSeats;

public static class RangeTracker
{
    public static Dictionary<int, Dictionary<string, double>> Update(
        Dictionary<int, Dictionary<string, double>> logRanges,
        IReadOnlyDictionary<string, double> actionLogLikelihood)
    {
        var posterior = new Dictionary<int, Dictionary<string, double>>();
        foreach (var (seat, range) in logRanges)
        {
            posterior[seat] = range.ToDictionary(
                kv => kv.Key,
                kv => kv.Value + (actionLogLikelihood.TryGetValue(kv.Key, out double l) ? l : 0.0));
        }

        double peak = double.NegativeInfinity;
        foreach (var (_, range) in posterior)
        {
            foreach (var (_, logWeight) in range)
            {
                peak = Math.Max(peak, logWeight); //~ LG0001
            }
        }

        var result = new Dictionary<int, Dictionary<string, double>>();
        foreach (var (seat, range) in posterior)
        {
            var weights = range.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - peak));
            double z = weights.Values.Sum();
            result[seat] = weights.ToDictionary(kv => kv.Key, kv => kv.Value / z);
        }

        return result;
    }
}
