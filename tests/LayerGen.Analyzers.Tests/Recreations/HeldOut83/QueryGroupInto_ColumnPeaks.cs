// known gap: a per-column peak from query syntax (group cell.Value by cell.Col into col select (col.Key, col.Max())) looked up per cell is not compared with the per-row sum
// gap: -LG0004@24
// Idiom: a jagged matrix flattened to (Row, Col, Value) by a two-`from` query, then `group cell.Value by cell.Col into col`
// for peaks and `group cell by cell.Row into g` for sums.
// Use: per-row probabilities of a score matrix.
// Layout: jagged double[rows][cols] seen as flat (row, col, value) triples; result double[rows][cols].
// Bug (LG0004): the peak is folded per column (across rows), the normaliser per row (across columns).
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.QueryGroupInto_ColumnPeaks;

public static class ColumnPeakQuery
{
    public static double[][] Softmax(double[][] x)
    {
        var cells = from r in Enumerable.Range(0, x.Length)
                    from c in Enumerable.Range(0, x[r].Length)
                    select (Row: r, Col: c, Value: x[r][c]);
        var colPeak = (from cell in cells
                       group cell.Value by cell.Col into col
                       select (col.Key, Peak: col.Max())) //~ LG0004
                      .ToDictionary(t => t.Key, t => t.Peak);
        double[][] y = x.Select(row => new double[row.Length]).ToArray();
        foreach (var g in from cell in cells group cell by cell.Row into g select g)
        {
            double z = g.Sum(cell => Math.Exp(cell.Value - colPeak[cell.Col]));
            foreach (var cell in g) y[cell.Row][cell.Col] = Math.Exp(cell.Value - colPeak[cell.Col]) / z;
        }
        return y;
    }
}
