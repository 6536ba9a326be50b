// Idiom: query syntax `group t by t.Sentence into g let peak = … let z = … from t in g select …`.
// Use: token weights within each sentence.
// Layout: IEnumerable<TokenScore> with `readonly record struct TokenScore(int Sentence, int Position, float Logit)`;
// result keyed by (sentence, position).
// Correct: peak and normaliser are `let` folds over the group continuation `g`.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.QueryGroupInto_Sentences;

public readonly record struct TokenScore(int Sentence, int Position, float Logit);

public static class SentenceQuery
{
    public static Dictionary<(int Sentence, int Position), float> Softmax(IEnumerable<TokenScore> tokens)
    {
        var q = from t in tokens
                group t by t.Sentence into g
                let peak = g.Max(t => t.Logit)
                let z = g.Sum(t => MathF.Exp(t.Logit - peak))
                from t in g
                select (Key: (t.Sentence, t.Position), P: MathF.Exp(t.Logit - peak) / z);
        return q.ToDictionary(e => e.Key, e => e.P);
    }
}
