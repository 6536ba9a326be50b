// Idiom: attention over the spans of a distributed trace: a root-cause model scores every span, and the weights within
// each trace decide which spans the incident view highlights.
// Layout: IEnumerable<SpanScore> records (TraceId, SpanId, Score), LINQ GroupBy per trace, Max/Select/Sum per group.
// Correct: max and sum per trace group.
// Style inspired by trace root-cause ranking (span attention in observability tooling); our own C#.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut56.TraceSpans_GroupByTrace;

public sealed record SpanScore(string TraceId, string SpanId, double Score);

public sealed record SpanWeight(string TraceId, string SpanId, double Weight);

public static class RootCauseAttention
{
    public static List<SpanWeight> Weigh(IEnumerable<SpanScore> spans)
    {
        var result = new List<SpanWeight>();
        foreach (var trace in spans.GroupBy(s => s.TraceId))
        {
            double top = trace.Max(s => s.Score);
            var exps = trace.Select(s => (Span: s, E: Math.Exp(s.Score - top))).ToList();
            double z = exps.Sum(x => x.E);
            result.AddRange(exps.Select(x => new SpanWeight(x.Span.TraceId, x.Span.SpanId, x.E / z)));
        }

        return result;
    }
}
