// Idiom: Python translated line by line: `enumerate(...)` and `zip(...)` emulated by small generic helpers yielding
// tuples, list comprehensions rewritten as `List<double>` built in `foreach`, snake_case names.
// Use: per-sample class probabilities from `predict_proba`. Layout: List<List<double>>; Math.Exp.
// Correct. Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.PythonZipEnumerate_ListRows;

public static class Builtins
{
    public static IEnumerable<(int index, T item)> enumerate<T>(IReadOnlyList<T> items)
    {
        for (int i = 0; i < items.Count; i++) yield return (i, items[i]);
    }

    public static IEnumerable<(T a, U b)> zip<T, U>(IReadOnlyList<T> first, IReadOnlyList<U> second)
    {
        int n = Math.Min(first.Count, second.Count);
        for (int i = 0; i < n; i++) yield return (first[i], second[i]);
    }
}

public static class Model
{
    public static List<List<double>> predict_proba(List<List<double>> logits)
    {
        var out_rows = new List<List<double>>();
        foreach (var (row_idx, row) in Builtins.enumerate(logits))
        {
            double row_max = double.NegativeInfinity;
            foreach (var (_, v) in Builtins.enumerate(row))
            {
                if (v > row_max) row_max = v;
            }
            var shifted = new List<double>();
            foreach (double v in row) shifted.Add(v - row_max);
            var exps = new List<double>();
            foreach (double s in shifted) exps.Add(Math.Exp(s));
            double total = 0.0;
            foreach (var (e, _) in Builtins.zip(exps, row)) total += e;
            var probs = new List<double>();
            foreach (double e in exps) probs.Add(e / total);
            out_rows.Insert(row_idx, probs);
        }
        return out_rows;
    }
}
