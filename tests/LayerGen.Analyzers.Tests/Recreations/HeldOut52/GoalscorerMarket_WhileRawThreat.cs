// Idiom: first-goalscorer shares per team, written with while loops over a team x player table.
// Layout: double[teams, players] row-major, while loops with manual counters.
// Bug: the players' threat ratings are exponentiated raw (no shift), overflowing for large ratings.
using System;

namespace HeldOut52.GoalscorerMarket_WhileRawThreat;

public static class GoalscorerMarket
{
    public static double[,] Shares(double[,] threat)
    {
        int teams = threat.GetLength(0);
        int players = threat.GetLength(1);
        var share = new double[teams, players];
        int t = 0;
        while (t < teams)
        {
            double squadTotal = 0.0;
            int i = 0;
            while (i < players)
            {
                share[t, i] = Math.Exp(threat[t, i]); //~ LG0003
                squadTotal += share[t, i];
                i++;
            }

            i = 0;
            while (i < players)
            {
                share[t, i] /= squadTotal;
                i++;
            }

            t++;
        }

        return share;
    }
}
