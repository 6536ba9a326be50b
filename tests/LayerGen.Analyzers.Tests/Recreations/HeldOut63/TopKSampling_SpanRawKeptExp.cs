// HeldOut63 / TopKSampling_SpanRawKeptExp
// Idiom: top-k sampling over a flat logits buffer: per sequence a Span slice, an insertion-sorted List of the k best
// candidates, then the kept logits exponentiated at temperature T in a LINQ Select and divided by their Sum (own code).
// Layout: ReadOnlySpan<float> of batch * vocab, Slice(offset, vocab) per sequence; List<TokenScore>; MathF.Exp in a lambda.
// Label: LG0003 (the kept logits are exponentiated without subtracting their maximum: Inf/Inf = NaN for large logits).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.TopKSampling_SpanRawKeptExp;

public readonly record struct TokenScore(int Token, float Logit);

public readonly record struct TokenProbability(int Token, float Probability);

public static class SpanTopKSampler
{
    public static List<TokenProbability[]> TopKDistributions(ReadOnlySpan<float> logits, int vocab, int k, float temperature)
    {
        var result = new List<TokenProbability[]>();
        for (int offset = 0; offset + vocab <= logits.Length; offset += vocab)
        {
            ReadOnlySpan<float> row = logits.Slice(offset, vocab);
            var kept = new List<TokenScore>(k + 1);
            for (int t = 0; t < row.Length; t++)
            {
                var candidate = new TokenScore(t, row[t]);
                int at = kept.FindIndex(c => c.Logit < candidate.Logit);
                kept.Insert(at < 0 ? kept.Count : at, candidate);
                if (kept.Count > k)
                {
                    kept.RemoveAt(kept.Count - 1);
                }
            }

            float[] weights = kept.Select(c => MathF.Exp(c.Logit / temperature)).ToArray(); //~ LG0003
            float total = weights.Sum();
            result.Add(kept.Select((c, j) => new TokenProbability(c.Token, weights[j] / total)).ToArray());
        }

        return result;
    }
}
