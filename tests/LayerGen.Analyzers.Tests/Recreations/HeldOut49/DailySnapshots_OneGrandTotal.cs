// Idiom: daily rebalancing over a changing universe (a different number of names each day): each day's signal
// is shifted by its own best name and exponentiated, the exponentials collected, and a final pass divides (own code).
// Layout: jagged double[days][names] with rows of different lengths; the normalisation is a separate second pass.
// Label: LG0002 — the normaliser is one grand total accumulated over every day's exponentials, so each day's weights
// sum to its share of the whole history instead of one.
using System;

namespace HeldOut49.DailySnapshots_OneGrandTotal;

public static class UniverseWeights
{
    public static double[][] Build(double[][] signalByDay)
    {
        var weights = new double[signalByDay.Length][];
        double grandTotal = 0.0;
        for (int d = 0; d < signalByDay.Length; d++)
        {
            double[] sig = signalByDay[d];
            double best = double.NegativeInfinity;
            for (int i = 0; i < sig.Length; i++)
            {
                if (sig[i] > best) best = sig[i];
            }

            weights[d] = new double[sig.Length];
            for (int i = 0; i < sig.Length; i++)
            {
                weights[d][i] = Math.Exp(sig[i] - best);
                grandTotal += weights[d][i]; //~ LG0002
            }
        }

        foreach (double[] day in weights)
        {
            for (int i = 0; i < day.Length; i++)
            {
                day[i] /= grandTotal;
            }
        }

        return weights;
    }
}
