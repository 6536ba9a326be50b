// Idiom: online Hedge (multiplicative weights) allocation across trading strategies: each day's capital split is
// exp(-eta * cumulative loss) over the strategies, shifted by the day's best strategy (own code).
// Layout: double[strategies, days] of cumulative losses (strategy-major, one row per strategy's P&L history); each
// softmin runs down a day's column.
// Label: Correct (the shift is the smallest loss in the day's own column; each column divided by its own total).
using System;

namespace HeldOut49.HedgeAllocation_StrategyMajorColumns;

public static class HedgeAllocator
{
    public static double[,] CapitalSplit(double[,] cumLoss, double eta)
    {
        int strategies = cumLoss.GetLength(0);
        int days = cumLoss.GetLength(1);
        var split = new double[strategies, days];
        for (int t = 0; t < days; t++)
        {
            double leader = cumLoss[0, t];
            for (int s = 1; s < strategies; s++)
            {
                if (cumLoss[s, t] < leader)
                {
                    leader = cumLoss[s, t];
                }
            }

            double z = 0.0;
            for (int s = 0; s < strategies; s++)
            {
                split[s, t] = Math.Exp(-eta * (cumLoss[s, t] - leader));
                z += split[s, t];
            }

            for (int s = 0; s < strategies; s++)
            {
                split[s, t] /= z;
            }
        }

        return split;
    }
}
