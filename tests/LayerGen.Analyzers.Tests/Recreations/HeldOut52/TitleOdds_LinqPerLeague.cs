// Idiom: Elo-based title odds per league, LINQ over the standings (GroupBy league, softmax of rating / scale).
// Layout: IEnumerable<TeamStanding> records, grouped by League; Max/Sum/Select per group.
// Correct. Style inspired by public Elo "title chances" blog code (FiveThirtyEight-style club Elo); our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut52.TitleOdds_LinqPerLeague;

public sealed record TeamStanding(string League, string Team, double Rating);

public static class TitleOdds
{
    public const double Scale = 173.72;

    public static Dictionary<string, double> ByTeam(IEnumerable<TeamStanding> standings)
    {
        return standings
            .GroupBy(t => t.League)
            .SelectMany(league =>
            {
                double top = league.Max(t => t.Rating);
                double z = league.Sum(t => Math.Exp((t.Rating - top) / Scale));
                return league.Select(t => (t.Team, P: Math.Exp((t.Rating - top) / Scale) / z));
            })
            .ToDictionary(x => x.Team, x => x.P);
    }
}
