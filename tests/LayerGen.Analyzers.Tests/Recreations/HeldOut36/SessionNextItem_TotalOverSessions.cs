// Idiom: session-based next-item scoring for a batch of sessions, shifted exps per session, one normaliser computed with LINQ
// Layout: Dictionary<string, float[]> keyed by session key, exps kept in a second dictionary
// Bug (LG0002): the normaliser sums the exps of every session (Values.Sum of each array's Sum), not each session's own
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut36.SessionNextItem_TotalOverSessions;

public sealed class SessionBatchScorer
{
    public Dictionary<string, float[]> Score(IReadOnlyDictionary<string, float[]> logitsBySession)
    {
        var exps = new Dictionary<string, float[]>();
        foreach (var pair in logitsBySession)
        {
            float top = pair.Value.Max();
            exps[pair.Key] = pair.Value.Select(l => MathF.Exp(l - top)).ToArray();
        }

        float total = exps.Values.Sum(e => e.Sum()); //~ LG0002
        var result = new Dictionary<string, float[]>();
        foreach (var pair in exps)
        {
            result[pair.Key] = pair.Value.Select(e => e / total).ToArray();
        }

        return result;
    }
}
