// Idiom: Hedge (exponentially weighted average forecaster / multiplicative weights) over experts, one Hedge instance
// per task, weights exp(-eta * L_i) of the cumulative losses recomputed each round (a softmin of the losses).
// Use: the mixing distribution over controllers (experts) for each task of a multi-task controller selector.
// Layout: IReadOnlyList<double[]> (one cumulative-loss array per task), for loops, Math.Min fold.
// Correct: per task, the smallest cumulative loss is subtracted, so the best expert's weight is exp(0) = 1; the
// sum and the division are over that task's experts.
using System;
using System.Collections.Generic;

namespace HeldOut64.HedgeTasks_MinLossShift;

public static class HedgeSelector
{
    public static double[][] Mixing(IReadOnlyList<double[]> cumulativeLoss, double eta)
    {
        var mix = new double[cumulativeLoss.Count][];
        for (int t = 0; t < cumulativeLoss.Count; t++)
        {
            double[] loss = cumulativeLoss[t];
            double lowest = double.PositiveInfinity;
            for (int i = 0; i < loss.Length; i++)
            {
                lowest = Math.Min(lowest, loss[i]);
            }

            var w = new double[loss.Length];
            double total = 0.0;
            for (int i = 0; i < loss.Length; i++)
            {
                w[i] = Math.Exp(-eta * (loss[i] - lowest));
                total += w[i];
            }

            for (int i = 0; i < loss.Length; i++)
            {
                w[i] /= total;
            }

            mix[t] = w;
        }

        return mix;
    }
}
