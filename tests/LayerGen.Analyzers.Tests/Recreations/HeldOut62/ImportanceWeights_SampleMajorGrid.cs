// Idiom: self-normalised importance weights for several targets kept as a [draws, targets] grid (one column per
// target, as a data frame of draws would hold them); the shift is each draw's largest log-weight across targets.
// Use: importance-sampling estimates under several posteriors; each column is normalised over the draws.
// Layout: double[draws, targets] (softmax runs down a column), per-row peak array.
// Inspired by: R-style importance-sampling scripts that keep log-weights in a matrix; own code.
// Label: LG0004 — the shift is a maximum over a row (targets) while each sum runs down a column (draws).
using System;

namespace HeldOut62.ImportanceWeights_SampleMajorGrid;

public static class GridWeights
{
    public static double[,] Normalise(double[,] logW)
    {
        int draws = logW.GetLength(0);
        int targets = logW.GetLength(1);
        var rowPeak = new double[draws];
        for (int s = 0; s < draws; s++)
        {
            rowPeak[s] = double.NegativeInfinity;
            for (int t = 0; t < targets; t++)
            {
                if (logW[s, t] > rowPeak[s]) rowPeak[s] = logW[s, t]; //~ LG0004
            }
        }

        var w = new double[draws, targets];
        for (int t = 0; t < targets; t++)
        {
            double sum = 0.0;
            for (int s = 0; s < draws; s++)
            {
                w[s, t] = Math.Exp(logW[s, t] - rowPeak[s]);
                sum += w[s, t];
            }

            for (int s = 0; s < draws; s++)
            {
                w[s, t] /= sum;
            }
        }

        return w;
    }
}
