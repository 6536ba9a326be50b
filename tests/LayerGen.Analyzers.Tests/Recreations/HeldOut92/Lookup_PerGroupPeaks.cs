// Idiom: long-format vote records grouped with ToLookup; per-poll peak and normaliser stored in dictionaries keyed by
// the group key and looked up per record.
// Use: option probabilities per poll from a long table.
// Layout: IReadOnlyList<Vote> (poll, option, logit); output double[] aligned with the votes.
// Correct: peak[poll] and norm[poll] each cover one poll.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.Lookup_PerGroupPeaks;

public sealed record Vote(string Poll, string Option, double Logit);

public static class Polls
{
    public static double[] Probabilities(IReadOnlyList<Vote> votes)
    {
        ILookup<string, Vote> byPoll = votes.ToLookup(v => v.Poll);
        Dictionary<string, double> peak = byPoll.ToDictionary(g => g.Key, g => g.Max(v => v.Logit));
        Dictionary<string, double> norm = byPoll.ToDictionary(g => g.Key, g => g.Sum(v => Math.Exp(v.Logit - peak[g.Key])));
        return votes.Select(v => Math.Exp(v.Logit - peak[v.Poll]) / norm[v.Poll]).ToArray();
    }
}
