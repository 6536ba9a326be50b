// Idiom: first-goalscorer shares per team: each player's threat rating normalised over that team's squad.
// Layout: Span<double> over a flat rating buffer, squads of different sizes via an offsets table, Slice per squad,
// a helper method normalises one squad in place.
// Correct. Style inspired by public player-props pricing posts (goalscorer share of team xG); our own code.
using System;

namespace HeldOut52.GoalscorerMarket_SquadSlices;

public static class GoalscorerMarket
{
    public static void Shares(Span<double> threat, ReadOnlySpan<int> squadStart)
    {
        for (int t = 0; t + 1 < squadStart.Length; t++)
        {
            Normalise(threat.Slice(squadStart[t], squadStart[t + 1] - squadStart[t]));
        }
    }

    private static void Normalise(Span<double> squad)
    {
        double best = double.NegativeInfinity;
        foreach (double v in squad)
        {
            if (v > best)
            {
                best = v;
            }
        }

        double sum = 0.0;
        for (int i = 0; i < squad.Length; i++)
        {
            squad[i] = Math.Exp(squad[i] - best);
            sum += squad[i];
        }

        for (int i = 0; i < squad.Length; i++)
        {
            squad[i] /= sum;
        }
    }
}
