// Idiom: Elo-rating softmax over the teams of a league per season, ratings history as a season x team table.
// Layout: float[seasons, teams] row-major; the softmax runs along each season row.
// Bug: the shift is each TEAM's best rating over all seasons (a column max), while the sum runs over the teams of a
// season (a row): max and sum over different axes.
using System;

namespace HeldOut52.EloSeasons_TeamPeakOverSeasons;

public static class EloHistory
{
    public static float[,] StrongestTeamOdds(float[,] elo, float scale)
    {
        int seasons = elo.GetLength(0);
        int teams = elo.GetLength(1);
        var teamPeak = new float[teams];
        for (int t = 0; t < teams; t++)
        {
            teamPeak[t] = float.NegativeInfinity;
            for (int s = 0; s < seasons; s++)
            {
                teamPeak[t] = MathF.Max(teamPeak[t], elo[s, t]); //~ LG0004
            }
        }

        var odds = new float[seasons, teams];
        for (int s = 0; s < seasons; s++)
        {
            float z = 0f;
            for (int t = 0; t < teams; t++)
            {
                odds[s, t] = MathF.Exp((elo[s, t] - teamPeak[t]) / scale);
                z += odds[s, t];
            }

            for (int t = 0; t < teams; t++)
            {
                odds[s, t] /= z;
            }
        }

        return odds;
    }
}
