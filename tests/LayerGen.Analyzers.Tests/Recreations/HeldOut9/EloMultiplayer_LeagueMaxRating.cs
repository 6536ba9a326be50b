// Source: multi-player Elo / Bradley-Terry-Luce win probabilities, re-created with player ids into one league-wide
// rating array; the "overflow guard" uses the best rating of the whole league.
// Layout: double[] ratings by player id, int[][] matches (gathered indices).
// Bug (LG0001): the shift is the max over every rating in the league, not over the players of the match.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public static class EloMultiplayer_LeagueMaxRating
{
    public static double[][] WinProbabilities(double[] rating, int[][] matches)
    {
        double k = Math.Log(10.0) / 400.0;
        double top = rating.Max(); //~ LG0001
        var result = new double[matches.Length][];
        for (int m = 0; m < matches.Length; m++)
        {
            int[] players = matches[m];
            var p = new double[players.Length];
            double total = 0.0;
            for (int i = 0; i < players.Length; i++)
            {
                p[i] = Math.Exp((rating[players[i]] - top) * k);
                total += p[i];
            }

            for (int i = 0; i < players.Length; i++)
            {
                p[i] /= total;
            }

            result[m] = p;
        }

        return result;
    }
}
