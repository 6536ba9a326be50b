// Idiom: index table — a CSR-style `rowStart` table (rows + 1 entries) gives each row's range [rowStart[r], rowStart[r + 1]).
// Use: softmax over each node's outgoing edge scores (graph attention), rows of different lengths.
// Layout: flat double[] of all edge scores, grouped by row through the offset table; returns a new array.
// Correct: max and sum run over lo..hi of one row and are re-initialised per row; empty rows are skipped.
// Our own code.
using System;

namespace HeldOut79.IndexTable_RowStarts;

public static class EdgeSoftmax
{
    public static double[] Forward(double[] values, int[] rowStart)
    {
        var p = new double[values.Length];
        for (int r = 0; r + 1 < rowStart.Length; r++)
        {
            int lo = rowStart[r], hi = rowStart[r + 1];
            if (lo == hi) continue;
            double m = values[lo];
            for (int k = lo + 1; k < hi; k++) m = Math.Max(m, values[k]);
            double z = 0;
            for (int k = lo; k < hi; k++) z += p[k] = Math.Exp(values[k] - m);
            for (int k = lo; k < hi; k++) p[k] /= z;
        }
        return p;
    }
}
