// Idiom: Elo-based title odds per league, ratings held as one float row per league.
// Layout: float[][] ratings (leagues x teams, ragged), MathF.Exp, one softmax per league row.
// Bug: the shift is the best rating of every league (ratings.Max(r => r.Max())), not the league's own.
using System;
using System.Linq;

namespace HeldOut52.TitleOdds_JaggedAllLeaguesPeak;

public static class LeagueOdds
{
    public static float[][] TitleChances(float[][] ratings, float scale)
    {
        float top = ratings.Max(r => r.Max()); //~ LG0001
        var odds = new float[ratings.Length][];
        for (int l = 0; l < ratings.Length; l++)
        {
            float[] row = ratings[l];
            var p = new float[row.Length];
            float sum = 0f;
            for (int t = 0; t < row.Length; t++)
            {
                p[t] = MathF.Exp((row[t] - top) / scale);
                sum += p[t];
            }

            for (int t = 0; t < row.Length; t++)
            {
                p[t] /= sum;
            }

            odds[l] = p;
        }

        return odds;
    }
}
