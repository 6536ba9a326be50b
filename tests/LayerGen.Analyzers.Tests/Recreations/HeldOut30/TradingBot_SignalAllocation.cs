// A trading bot's softmax allocation (the RL portfolio bots and "softmax policy over assets" samples): each asset's
// signal score over a temperature becomes its share of capital; LINQ over records, as such bots are usually written.
// Layout: IReadOnlyList<Signal> (record class, one per asset) for one rebalancing tick.
// Correct: LINQ Max of score / T, Select of exp(score / T − max), Sum, then each share divided by the sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut30.TradingBot_SignalAllocation;

/// <summary>One asset's signal at a tick.</summary>
public sealed record Signal(string Asset, double Score);

/// <summary>Softmax capital allocation across assets.</summary>
public sealed class SoftmaxAllocator
{
    private readonly double _temperature;

    /// <summary>Creates the allocator; a lower temperature concentrates capital.</summary>
    public SoftmaxAllocator(double temperature) => _temperature = temperature;

    /// <summary>Share of capital per asset, summing to 1.</summary>
    public Dictionary<string, double> Shares(IReadOnlyList<Signal> signals)
    {
        double top = signals.Max(s => s.Score / _temperature);
        double[] weights = signals.Select(s => Math.Exp(s.Score / _temperature - top)).ToArray();
        double total = weights.Sum();
        var shares = new Dictionary<string, double>(signals.Count);
        for (int i = 0; i < signals.Count; i++)
        {
            shares[signals[i].Asset] = weights[i] / total;
        }

        return shares;
    }

    /// <summary>Target position in units for each asset, from the shares and the capital.</summary>
    public static Dictionary<string, double> Positions(Dictionary<string, double> shares, IReadOnlyDictionary<string, double> prices, double capital) =>
        shares.ToDictionary(kv => kv.Key, kv => capital * kv.Value / prices[kv.Key]);
}
