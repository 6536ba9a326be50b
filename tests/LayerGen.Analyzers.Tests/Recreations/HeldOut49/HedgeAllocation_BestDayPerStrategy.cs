// Idiom: online Hedge allocation across trading strategies from cumulative losses, written with while loops over a
// day-major table (own code).
// Layout: double[days, strategies], row-major; each day's softmin runs along its row over the strategies.
// Label: LG0004 — the shift is each strategy's best (smallest) loss over all days (down its column), while each day's
// sum runs along the row over the strategies: the shift differs from term to term inside one day.
using System;

namespace HeldOut49.HedgeAllocation_BestDayPerStrategy;

public static class DayMajorHedge
{
    public static double[,] Split(double[,] loss, double eta)
    {
        int days = loss.GetLength(0);
        int strategies = loss.GetLength(1);
        var best = new double[strategies];
        int s = 0;
        while (s < strategies)
        {
            best[s] = double.PositiveInfinity;
            int t = 0;
            while (t < days)
            {
                if (loss[t, s] < best[s]) best[s] = loss[t, s]; //~ LG0004
                t++;
            }

            s++;
        }

        var w = new double[days, strategies];
        int day = 0;
        while (day < days)
        {
            double z = 0.0;
            for (int j = 0; j < strategies; j++)
            {
                w[day, j] = Math.Exp(-eta * (loss[day, j] - best[j]));
                z += w[day, j];
            }

            for (int j = 0; j < strategies; j++)
            {
                w[day, j] /= z;
            }

            day++;
        }

        return w;
    }
}
