// known gap: an exp of a value read through an interface indexer (generic TView : IScoreView, also a plain IScoreView parameter) is missed; the concrete ColumnView or a double[] parameter is found
// gap: -LG0003@59
// Idiom: an `allows ref struct` generic (C# 13) over a column view ref struct implementing an interface.
// Use: per-sample class probabilities from a column-major score table.
// Layout: double[classes, batch] (column-major); a `ref struct ColumnView` reads column b.
// Bug: LG0003 — the exps are of the raw scores, no max subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.AllowsRefStruct_ColumnViewRaw;

public interface IScoreView
{
    int Count { get; }

    double this[int k] { get; }
}

public ref struct ColumnView : IScoreView
{
    private readonly double[,] _table;
    private readonly int _column;

    public ColumnView(double[,] table, int column)
    {
        _table = table;
        _column = column;
    }

    public readonly int Count => _table.GetLength(0);

    public readonly double this[int k] => _table[k, _column];
}

public static class ColumnProbabilities
{
    public static double[,] Forward(double[,] table)
    {
        int classes = table.GetLength(0);
        int batch = table.GetLength(1);
        var p = new double[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            double[] w = Weigh(new ColumnView(table, b));
            for (int k = 0; k < classes; k++) p[k, b] = w[k];
        }

        return p;
    }

    private static double[] Weigh<TView>(TView view)
        where TView : IScoreView, allows ref struct
    {
        var w = new double[view.Count];
        double sum = 0;
        for (int k = 0; k < view.Count; k++)
        {
            double e = Math.Exp(view[k]); //~ LG0003
            w[k] = e;
            sum += e;
        }

        for (int k = 0; k < w.Length; k++) w[k] /= sum;
        return w;
    }
}
