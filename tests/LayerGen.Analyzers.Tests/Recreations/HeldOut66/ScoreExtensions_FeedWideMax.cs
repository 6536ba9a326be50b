// Idiom: per-customer purchase probabilities from a recommendation feed, grouped with `ToLookup`, normalised with
// nested `foreach` loops into a dictionary keyed by (customer, sku).
// Layout: `IReadOnlyCollection<ProductScore>` records; one softmax per customer group.
// Twin of ScoreExtensions_PerCustomerGroup (style after the ML.NET workshop's SoftmaxEnumerableExtension); own code.
// Bug LG0001: the shift is the maximum score of the WHOLE feed (`feed.Max(...)`), not of the customer's group; a
// customer whose scores sit far below another customer's underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.ScoreExtensions_FeedWideMax;

public sealed record ProductScore(string CustomerId, string Sku, double Score);

public static class FeedNormaliser
{
    public static Dictionary<(string CustomerId, string Sku), double> PurchaseProbabilities(IReadOnlyCollection<ProductScore> feed)
    {
        var result = new Dictionary<(string CustomerId, string Sku), double>(feed.Count);
        if (feed.Count == 0)
        {
            return result;
        }

        var byCustomer = feed.ToLookup(row => row.CustomerId);
        double top = feed.Max(row => row.Score); //~ LG0001
        foreach (var customer in byCustomer)
        {
            double sum = 0;
            foreach (var row in customer)
            {
                sum += Math.Exp(row.Score - top);
            }

            foreach (var row in customer)
            {
                result[(row.CustomerId, row.Sku)] = Math.Exp(row.Score - top) / sum;
            }
        }

        return result;
    }
}
