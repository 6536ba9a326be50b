// Idiom: flat event records grouped by session with LINQ GroupBy over (event, index) pairs; group Max and Sum,
// probabilities written back by the original index.
// Use: next-click probabilities per user session from a long-format event log.
// Layout: IReadOnlyList<Event> in long format (session, label, score); output double[] aligned with the events.
// Correct: the max and the sum are taken over one session group each.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.GroupBy_SessionLinq;

public sealed record Event(string Session, string Label, double Score);

public static class SessionSoftmax
{
    public static double[] PerSession(IReadOnlyList<Event> events)
    {
        var probs = new double[events.Count];
        foreach (var session in events.Select((e, i) => (Event: e, Index: i)).GroupBy(t => t.Event.Session))
        {
            double peak = session.Max(t => t.Event.Score);
            double norm = session.Sum(t => Math.Exp(t.Event.Score - peak));
            foreach (var t in session)
            {
                probs[t.Index] = Math.Exp(t.Event.Score - peak) / norm;
            }
        }

        return probs;
    }
}
