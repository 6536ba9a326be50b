// Idiom: index lists walked with `rows.ForEach(i => cols.ForEach(j => ...))`, a normaliser captured by the lambdas.
// Use: row-wise attention weights over a [queries, keys] score matrix.
// Layout: double[queries, keys], row-major.
// Bug LG0002: `norm` is declared once before `rows.ForEach`, so it sums the exps of every row; each row is divided by
// the batch total and sums to well below 1.
// Our own code.
using System;
using System.Linq;

namespace HeldOut78.ListForEach_SharedTotal;

public static class AttentionWeights
{
    public static double[,] Softmax(double[,] x)
    {
        int n = x.GetLength(0), k = x.GetLength(1);
        var y = new double[n, k];
        var rows = Enumerable.Range(0, n).ToList();
        var cols = Enumerable.Range(0, k).ToList();
        double norm = 0.0;
        rows.ForEach(i =>
        {
            double hi = double.NegativeInfinity;
            cols.ForEach(j => hi = Math.Max(hi, x[i, j]));
            cols.ForEach(j =>
            {
                y[i, j] = Math.Exp(x[i, j] - hi);
                norm += y[i, j]; //~ LG0002
            });
        });
        rows.ForEach(i => cols.ForEach(j => y[i, j] /= norm));
        return y;
    }
}
