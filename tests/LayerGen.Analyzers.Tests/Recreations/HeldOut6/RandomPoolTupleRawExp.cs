// Source: Unity "RandomPool<T>" weighted pickers (a pool built from (value, weight) tuples, weights turned into
// probabilities by exp and a running cumulative limit), re-created with tuples and a List of entries.
// Layout: one softmax over the pool's entries (1-D, IEnumerable of tuples).
// Bug LG0003: Math.Exp(weight) of the raw weights, then divided by their sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut6.RandomPoolTupleRawExp;

public sealed class RandomPool<T>
{
    private readonly List<(T Value, double Limit, double Probability)> _entries = new();

    public RandomPool(IEnumerable<(T Value, float Weight)> values)
    {
        var exps = values.Select(v => (v.Value, E: Math.Exp(v.Weight))).ToList(); //~ LG0003
        double total = exps.Sum(v => v.E);
        double limit = 0;
        foreach (var (value, e) in exps)
        {
            double p = e / total;
            limit += p;
            _entries.Add((value, limit, p));
        }
    }

    public IReadOnlyList<double> Probabilities => _entries.Select(e => e.Probability).ToList();

    public T Pick(double u)
    {
        foreach (var entry in _entries)
        {
            if (u <= entry.Limit) return entry.Value;
        }

        return _entries[_entries.Count - 1].Value;
    }
}
