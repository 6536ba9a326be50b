// Idiom: the file's own `SoftmaxBy<T>(this IEnumerable<T>, Func<T, double>)` LINQ operator, applied per `GroupBy` group.
// Use: attention-style weights of tokens within their sentence.
// Layout: IEnumerable<Token> with `record Token(int Sentence, int Position, double Logit)`; result keyed by (sentence, position).
// Correct: the operator shifts by its own source's max, and each call gets one sentence's group.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.SoftmaxBy_GroupedTokens;

public sealed record Token(int Sentence, int Position, double Logit);

public static class SoftmaxOperators
{
    public static IEnumerable<(T Item, double Probability)> SoftmaxBy<T>(this IEnumerable<T> source, Func<T, double> score)
    {
        List<T> items = source.ToList();
        double peak = items.Max(score);
        double z = items.Sum(i => Math.Exp(score(i) - peak));
        return items.Select(i => (i, Math.Exp(score(i) - peak) / z));
    }
}

public static class SentenceWeights
{
    public static Dictionary<(int Sentence, int Position), double> Softmax(IEnumerable<Token> tokens) =>
        tokens.GroupBy(t => t.Sentence)
              .SelectMany(g => g.SoftmaxBy(t => t.Logit))
              .ToDictionary(p => (p.Item.Sentence, p.Item.Position), p => p.Probability);
}
