// HeldOut63 / Autocomplete_PaddedSpanTotal
// Idiom: autocomplete probabilities for a batch of prefixes held in a padded score table (a fixed number of slots per
// prefix, missing suggestions as -Infinity); each prefix is shifted by its own best score in a Span slice, but the
// normaliser is one foreach total over the whole exp buffer, computed after the prefix loop (own code).
// Layout: flat double[prefixes * slots], AsSpan(p * slots, slots) per prefix; foreach Math.Max fold; a separate
// normalisation pass over the whole buffer.
// Label: LG0002 (the sum spans every prefix's slots).
using System;

namespace HeldOut63.Autocomplete_PaddedSpanTotal;

public static class PaddedAutocomplete
{
    public static double[] Distributions(double[] scores, int slots)
    {
        var exps = new double[scores.Length];
        for (int p = 0; p * slots < scores.Length; p++)
        {
            ReadOnlySpan<double> prefix = scores.AsSpan(p * slots, slots);
            Span<double> outSlots = exps.AsSpan(p * slots, slots);
            double best = double.NegativeInfinity;
            foreach (double s in prefix)
            {
                best = Math.Max(best, s);
            }

            for (int k = 0; k < slots; k++)
            {
                outSlots[k] = Math.Exp(prefix[k] - best);
            }
        }

        double total = 0.0;
        foreach (double e in exps)
        {
            total += e; //~ LG0002
        }

        for (int i = 0; i < exps.Length; i++)
        {
            exps[i] /= total;
        }

        return exps;
    }
}
