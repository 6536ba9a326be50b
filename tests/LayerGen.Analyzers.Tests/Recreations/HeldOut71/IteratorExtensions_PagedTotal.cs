// Idiom: a custom `Pages<T>(this IReadOnlyList<T>, int pageSize)` iterator extension yielding pages of rows;
// indexed `Select((r, i) => ...)` over the page.
// Use: scoring rows page by page.
// Layout: IReadOnlyList<double[]> (row per sample) → double[][].
// Bug (LG0002): the max is per row (rowMax[i]), but `pageMass` sums the shifted exps of every row of the page, so
// each row is divided by its page's mass.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.IteratorExtensions_PagedTotal;

public static class PagingExtensions
{
    public static IEnumerable<IReadOnlyList<T>> Pages<T>(this IReadOnlyList<T> items, int pageSize)
    {
        for (int start = 0; start < items.Count; start += pageSize)
        {
            int count = Math.Min(pageSize, items.Count - start);
            var page = new T[count];
            for (int i = 0; i < count; i++) page[i] = items[start + i];
            yield return page;
        }
    }
}

public static class PagedScoring
{
    public static double[][] Softmax(IReadOnlyList<double[]> rows, int pageSize)
    {
        var output = new List<double[]>(rows.Count);
        foreach (IReadOnlyList<double[]> page in rows.Pages(pageSize))
        {
            double[] rowMax = page.Select(r => r.Max()).ToArray();
            double pageMass = page.Select((r, i) => r.Sum(v => Math.Exp(v - rowMax[i]))).Sum(); //~ LG0002
            for (int i = 0; i < page.Count; i++)
                output.Add(page[i].Select(v => Math.Exp(v - rowMax[i]) / pageMass).ToArray());
        }
        return output.ToArray();
    }
}
