// Idiom: `GroupBy` over flat (row, col, value) triples, `g.Max(...)`, `g.Sum(...)`, tuple deconstruction in `foreach`.
// Use: a sparse score matrix stored as coordinate triples (COO), softmax per row.
// Layout: IReadOnlyList<(int Row, int Col, double Value)>, dense result double[rows, cols].
// Correct: peak and normaliser are folds over the row's group.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.TripleGroupBy_PerRow;

public static class CooSoftmax
{
    public static double[,] Softmax(IReadOnlyList<(int Row, int Col, double Value)> cells, int rows, int cols)
    {
        var p = new double[rows, cols];
        foreach (IGrouping<int, (int Row, int Col, double Value)> g in cells.GroupBy(c => c.Row))
        {
            double peak = g.Max(c => c.Value);
            double z = g.Sum(c => Math.Exp(c.Value - peak));
            foreach (var (row, col, value) in g)
                p[row, col] = Math.Exp(value - peak) / z;
        }
        return p;
    }
}
