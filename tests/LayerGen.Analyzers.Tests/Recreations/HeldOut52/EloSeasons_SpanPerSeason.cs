// Idiom: Elo-rating softmax over the teams of a league, one distribution per season ("who is the strongest team"
// odds), ratings divided by the Elo scale 400 / ln 10.
// Layout: flat float[] (seasons x teams), ReadOnlySpan<float>/Span<float> via AsSpan(season * teams, teams); MathF.
// Correct. Style inspired by public club-Elo code (rating difference / 400 in base 10); our own code.
using System;

namespace HeldOut52.EloSeasons_SpanPerSeason;

public static class EloOdds
{
    public const float EloScale = 173.71779f;

    public static float[] StrongestTeamOdds(float[] ratings, int teams)
    {
        var odds = new float[ratings.Length];
        int seasons = ratings.Length / teams;
        for (int s = 0; s < seasons; s++)
        {
            ReadOnlySpan<float> season = ratings.AsSpan(s * teams, teams);
            Span<float> output = odds.AsSpan(s * teams, teams);
            float top = float.NegativeInfinity;
            foreach (float r in season)
            {
                top = MathF.Max(top, r);
            }

            float z = 0f;
            for (int t = 0; t < season.Length; t++)
            {
                output[t] = MathF.Exp((season[t] - top) / EloScale);
                z += output[t];
            }

            for (int t = 0; t < output.Length; t++)
            {
                output[t] /= z;
            }
        }

        return odds;
    }
}
