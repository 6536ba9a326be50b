// Variants (our own code) of HeldOut3/LlamaTokenSpanNoMax.cs, BertQaNBestNoShift.cs and TopKSoftmaxNoShift.cs, in the
// shapes of LLamaSharp's token-data samplers, BERT QA n-best post-processing and beam-search hypothesis lists:
// the logit is a numeric member of each element (struct field, class property, record property, tuple element),
// read by index, by foreach, by LINQ lambda or by deconstruction.
// Layouts: TokenData[], List<Candidate>, IEnumerable<Hypothesis>, List<(int Id, double Score)>, ReadOnlySpan of
// tuples. Bug in every method: LG0003 (exp of the raw logit, no max subtracted).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.RecordBuffersRawExp;

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
        float sum = 0f;
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i].P = MathF.Exp(tokens[i].Logit); //~ LG0003
            sum += tokens[i].P;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i].P /= sum;
        }
    }

    public static void ClassProperties(List<Candidate> candidates)
    {
        double total = 0;
        foreach (var c in candidates)
        {
            c.Probability = Math.Exp(c.Score); //~ LG0003
            total += c.Probability;
        }

        foreach (var c in candidates)
        {
            c.Probability /= total;
        }
    }

    public static double[] LinqRecords(IEnumerable<Hypothesis> beam)
    {
        var weights = beam.Select(h => Math.Exp(h.LogProb)).ToList(); //~ LG0003
        double z = weights.Sum();
        return weights.Select(w => w / z).ToArray();
    }

    public static double[] DeconstructedPairs(List<(int Id, double Score)> scored, int vocabulary)
    {
        var probs = new double[vocabulary];
        double sum = 0;
        foreach (var (id, score) in scored)
        {
            probs[id] = Math.Exp(score); //~ LG0003
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
        float sum = 0f;
        for (int i = 0; i < top.Length; i++)
        {
            probs[i] = MathF.Exp(top[i].Logit); //~ LG0003
            sum += probs[i];
        }

        for (int i = 0; i < top.Length; i++)
        {
            probs[i] /= sum;
        }
    }
}
