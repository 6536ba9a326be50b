// Correct twins (our own code) of RecordBuffers_RawExp.cs: the same buffers of records (struct fields, class and
// record properties, tuples), each subtracting the largest logit before exp — a max loop over the members, a LINQ
// Max over a member, the first element of a list sorted descending, Math.Max in a foreach.
// Layouts: TokenData[], List<Candidate>, IEnumerable<Hypothesis>, List<(int Id, double Score)>, ReadOnlySpan of
// tuples. Correct: no diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.RecordBuffersShiftedExp;

public struct TokenData
{
    public int Id;
    public float Logit;
    public float P;
}

public sealed class Candidate
{
    public double Score { get; set; }

    public double Probability { get; set; }
}

public sealed record Hypothesis(string Text, double LogProb);

public static class RecordSoftmax
{
    public static void IndexedStructs(TokenData[] tokens)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < tokens.Length; i++)
        {
            max = MathF.Max(max, tokens[i].Logit);
        }

        float sum = 0f;
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i].P = MathF.Exp(tokens[i].Logit - max);
            sum += tokens[i].P;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i].P /= sum;
        }
    }

    public static void RefStructs(Span<TokenData> candidates)
    {
        float max = float.NegativeInfinity;
        foreach (ref TokenData c in candidates)
        {
            if (c.Logit > max)
            {
                max = c.Logit;
            }
        }

        float sum = 0f;
        foreach (ref TokenData c in candidates)
        {
            c.P = MathF.Exp(c.Logit - max);
            sum += c.P;
        }

        foreach (ref TokenData c in candidates)
        {
            c.P /= sum;
        }
    }

    public static void ClassProperties(List<Candidate> candidates)
    {
        double max = candidates.Max(c => c.Score);
        double total = 0;
        foreach (var c in candidates)
        {
            c.Probability = Math.Exp(c.Score - max);
            total += c.Probability;
        }

        foreach (var c in candidates)
        {
            c.Probability /= total;
        }
    }

    public static double[] LinqRecords(IEnumerable<Hypothesis> beam)
    {
        double best = beam.Max(h => h.LogProb);
        var weights = beam.Select(h => Math.Exp(h.LogProb - best)).ToList();
        double z = weights.Sum();
        return weights.Select(w => w / z).ToArray();
    }

    public static double[] DeconstructedPairs(List<(int Id, double Score)> scored, int vocabulary)
    {
        var probs = new double[vocabulary];
        double max = double.NegativeInfinity;
        foreach (var (_, score) in scored)
        {
            max = Math.Max(max, score);
        }

        double sum = 0;
        foreach (var (id, score) in scored)
        {
            probs[id] = Math.Exp(score - max);
            sum += probs[id];
        }

        foreach (var (id, _) in scored)
        {
            probs[id] /= sum;
        }

        return probs;
    }

    public static void TupleSpan(ReadOnlySpan<(float Logit, int Id)> top, Span<float> probs)
    {
        float max = top[0].Logit;
        for (int i = 1; i < top.Length; i++)
        {
            max = MathF.Max(max, top[i].Logit);
        }

        float sum = 0f;
        for (int i = 0; i < top.Length; i++)
        {
            probs[i] = MathF.Exp(top[i].Logit - max);
            sum += probs[i];
        }

        for (int i = 0; i < top.Length; i++)
        {
            probs[i] /= sum;
        }
    }
}
