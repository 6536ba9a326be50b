// Source: multi-player Elo / Bradley-Terry-Luce win probabilities (P_i proportional to 10^(r_i / 400), as in
// multiplayer-Elo calculators for games), re-created shape: each match normalises over its own players.
// Layout: Dictionary<string, double> ratings, string[] matches, LINQ Max over the match's players. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public static class EloMultiplayer_MatchWinProbabilities
{
    private const double Ln10Over400 = 0.0057564627324851142;

    public static List<Dictionary<string, double>> WinProbabilities(IReadOnlyDictionary<string, double> ratings, IReadOnlyList<string[]> matches)
    {
        var result = new List<Dictionary<string, double>>(matches.Count);
        foreach (string[] players in matches)
        {
            double top = players.Max(p => ratings[p]);
            var strength = new Dictionary<string, double>();
            double total = 0.0;
            foreach (string p in players)
            {
                double s = Math.Exp((ratings[p] - top) * Ln10Over400);
                strength[p] = s;
                total += s;
            }

            foreach (string p in players)
            {
                strength[p] /= total;
            }

            result.Add(strength);
        }

        return result;
    }
}
