// Idiom: a visitor with BeginRow/Element/EndRow callbacks; the softmax visitor buffers the row and normalises it in EndRow.
// Use: a matrix walker shared by several consumers (statistics, printing, softmax).
// Layout: double[rows, cols] walked row by row; output List of double[] rows.
// Correct: the buffer is cleared in BeginRow and EndRow's max and sum are locals over that one row.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut78.Visitor_BufferedRowVisitor;

public abstract class RowVisitor
{
    public virtual void BeginRow(int row) { }
    public abstract void Element(int row, int col, double value);
    public virtual void EndRow(int row) { }
}

public sealed class SoftmaxCollector : RowVisitor
{
    private readonly List<double> _row = new();
    public List<double[]> Rows { get; } = new();

    public override void BeginRow(int row) => _row.Clear();

    public override void Element(int row, int col, double value) => _row.Add(value);

    public override void EndRow(int row)
    {
        double max = double.NegativeInfinity;
        foreach (double v in _row) max = Math.Max(max, v);
        var p = new double[_row.Count];
        double sum = 0;
        for (int j = 0; j < p.Length; j++) sum += p[j] = Math.Exp(_row[j] - max);
        for (int j = 0; j < p.Length; j++) p[j] /= sum;
        Rows.Add(p);
    }
}

public static class MatrixWalker
{
    public static void Walk(double[,] m, RowVisitor visitor)
    {
        for (int r = 0; r < m.GetLength(0); r++)
        {
            visitor.BeginRow(r);
            for (int c = 0; c < m.GetLength(1); c++) visitor.Element(r, c, m[r, c]);
            visitor.EndRow(r);
        }
    }

    public static double[][] Softmax(double[,] m)
    {
        var collector = new SoftmaxCollector();
        Walk(m, collector);
        return collector.Rows.ToArray();
    }
}
