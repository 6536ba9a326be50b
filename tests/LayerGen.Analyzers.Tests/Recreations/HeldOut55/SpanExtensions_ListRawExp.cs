// Idiom: an extension method on `IReadOnlyList<double[]>` returning a new `List<double[]>`: LINQ `Select` with
// `Math.Exp` over each row, `Sum()` of the row and a second `Select` to normalise (a "one-liner" softmax per row).
// Layout: `List<double[]>` / `IReadOnlyList<double[]>`, one softmax per element. Bug: LG0003 (exp of raw logits).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut55.SpanExtensions_ListRawExp;

public static class ListSoftmaxExtensions
{
    /// <summary>Returns the softmax of each row of <paramref name="rows"/>.</summary>
    public static List<double[]> Softmax(this IReadOnlyList<double[]> rows)
    {
        var result = new List<double[]>(rows.Count);
        foreach (double[] row in rows)
        {
            double[] weights = row.Select(v => Math.Exp(v)).ToArray(); //~ LG0003
            double total = weights.Sum();
            result.Add(weights.Select(w => w / total).ToArray());
        }

        return result;
    }
}
