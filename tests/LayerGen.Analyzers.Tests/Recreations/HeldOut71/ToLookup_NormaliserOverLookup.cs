// known gap: scalars deconstructed from ILookup group elements (`foreach (var (_, logit) in g)`) are not read as slice elements
// gap: -LG0002@25
// Idiom: `ToLookup(c => c.Row, c => (c.Doc, c.Logit))` with an element selector, tuple deconstruction in foreach.
// Use: normalising sparse (row, doc, logit) cells into a dense probability matrix.
// Layout: IEnumerable<(int Row, int Doc, float Logit)> → float[rows, docs].
// Bug (LG0002): the peaks are per row (an array indexed by the group key), but `pooled` sums the shifted exps of
// every group of the lookup, so each row is divided by the whole batch's mass.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.ToLookup_NormaliserOverLookup;

public static class PooledLookup
{
    public static float[,] Softmax(IEnumerable<(int Row, int Doc, float Logit)> cells, int rows, int docs)
    {
        ILookup<int, (int Doc, float Logit)> byRow = cells.ToLookup(c => c.Row, c => (c.Doc, c.Logit));
        var peaks = new float[rows];
        foreach (IGrouping<int, (int Doc, float Logit)> g in byRow) peaks[g.Key] = g.Max(p => p.Logit);
        float pooled = 0f;
        foreach (var g in byRow)
            foreach (var (_, logit) in g)
                pooled += MathF.Exp(logit - peaks[g.Key]); //~ LG0002
        var y = new float[rows, docs];
        foreach (var g in byRow)
            foreach (var (doc, logit) in g)
                y[g.Key, doc] = MathF.Exp(logit - peaks[g.Key]) / pooled;
        return y;
    }
}
