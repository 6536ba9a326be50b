// Source: Bayesian opponent hand-range update in poker bots (the weight-table re-weighting of Billings et al. 2002,
// "The challenge of poker" / Poki opponent modelling, kept in log space as in open-source range trackers): after an
// observed action, every hole-card combination's log weight gains log P(action | hand) and the range is
// renormalised.
// Layout: `Dictionary<int, Dictionary<string, double>>` seat -> hand -> log weight (updated in place), a
// `IReadOnlyDictionary<string, double>` action model, folded seats skipped, dead hands (blocked by the board)
// masked to probability 0.
// Correct: each seat's range is shifted by that seat's own largest log weight.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.PokerRange_ActionUpdate;

public static class RangeTracker
{
    public static Dictionary<int, Dictionary<string, double>> Update(
        Dictionary<int, Dictionary<string, double>> logRanges,
        IReadOnlyDictionary<string, double> actionLogLikelihood,
        ISet<int> foldedSeats,
        ISet<string> deadHands)
    {
        var result = new Dictionary<int, Dictionary<string, double>>();
        foreach (var (seat, range) in logRanges)
        {
            if (foldedSeats.Contains(seat))
            {
                continue;
            }

            double peak = double.NegativeInfinity;
            foreach (string hand in range.Keys.ToList())
            {
                if (deadHands.Contains(hand))
                {
                    range[hand] = double.NegativeInfinity;
                    continue;
                }

                range[hand] += actionLogLikelihood.TryGetValue(hand, out double l) ? l : 0.0;
                if (range[hand] > peak)
                {
                    peak = range[hand];
                }
            }

            var probabilities = new Dictionary<string, double>();
            double z = 0.0;
            foreach (var (hand, logWeight) in range)
            {
                if (double.IsNegativeInfinity(logWeight))
                {
                    probabilities[hand] = 0.0;
                    continue;
                }

                double w = Math.Exp(logWeight - peak);
                probabilities[hand] = w;
                z += w;
            }

            foreach (string hand in probabilities.Keys.ToList())
            {
                probabilities[hand] /= z;
            }

            result[seat] = probabilities;
        }

        return result;
    }
}
