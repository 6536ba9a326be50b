// Idiom: query-syntax group join `join l in logits on s.Id equals l.SampleId into ls`, `let` peak and normaliser.
// Use: attaching per-class logits (one table) to named samples (another table) and returning probabilities by name.
// Layout: two record tables, Sample(Id, Name) and Logit(SampleId, Class, Value); result Dictionary<string, double[]>.
// Correct: `ls` is the sample's own logits; peak and sum run over it.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.JoinLogits_PerSample;

public sealed record Sample(int Id, string Name);

public sealed record Logit(int SampleId, int Class, double Value);

public static class JoinedSoftmax
{
    public static Dictionary<string, double[]> Softmax(IEnumerable<Sample> samples, IEnumerable<Logit> logits)
    {
        var query =
            from s in samples
            join l in logits on s.Id equals l.SampleId into ls
            let peak = ls.Max(l => l.Value)
            let z = ls.Sum(l => Math.Exp(l.Value - peak))
            select (s.Name, Probs: ls.OrderBy(l => l.Class).Select(l => Math.Exp(l.Value - peak) / z).ToArray());
        return query.ToDictionary(t => t.Name, t => t.Probs);
    }
}
