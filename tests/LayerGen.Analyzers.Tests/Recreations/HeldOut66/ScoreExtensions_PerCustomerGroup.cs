// Idiom: a LINQ extension method `SoftmaxBy` (static class ScoreExtensions) applied to each customer's group after
// `GroupBy`; use: a nightly recommendation feed turning model scores into per-customer purchase probabilities.
// Layout: `IEnumerable<ProductScore>` records (CustomerId, Sku, Score); one softmax per customer group.
// Style inspired by the `SoftmaxEnumerableExtension` of the ML.NET BERT workshop (mlnethub/mlnet-workshop); own code.
// Correct: every group is normalised with its own maximum and its own sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.ScoreExtensions_PerCustomerGroup;

public sealed record ProductScore(string CustomerId, string Sku, double Score);

public sealed record ProductProbability(string CustomerId, string Sku, double Probability);

public static class ScoreExtensions
{
    public static IEnumerable<(T Item, double Probability)> SoftmaxBy<T>(this IEnumerable<T> source, Func<T, double> score)
    {
        var items = source.ToList();
        if (items.Count == 0)
        {
            yield break;
        }

        var max = items.Max(score);
        var sum = items.Sum(item => Math.Exp(score(item) - max));
        foreach (var item in items)
        {
            yield return (item, Math.Exp(score(item) - max) / sum);
        }
    }

    public static IReadOnlyList<ProductProbability> ToPurchaseProbabilities(this IEnumerable<ProductScore> feed) =>
        feed.GroupBy(row => row.CustomerId)
            .SelectMany(group => group.SoftmaxBy(row => row.Score))
            .Select(pair => new ProductProbability(pair.Item.CustomerId, pair.Item.Sku, pair.Probability))
            .ToList();
}
