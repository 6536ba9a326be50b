// Idiom: a Grid class with `GetColumn(int)`/`SetColumn(int, double[])` accessor methods copying a column out and back (use: softmax per sample in a features-by-samples layout).
// Layout: `double[,]` inside the Grid, [classes, samples]; one softmax per column.
// Correct: the column copy's own `Max()` and sum; the result is written back with `SetColumn`.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut70.Accessors_ColumnSoftmax;

public sealed class Grid
{
    private readonly double[,] _cells;

    public Grid(int rows, int columns) => _cells = new double[rows, columns];

    public int Rows => _cells.GetLength(0);

    public int Columns => _cells.GetLength(1);

    public double this[int r, int c]
    {
        get => _cells[r, c];
        set => _cells[r, c] = value;
    }

    public double[] GetColumn(int c)
    {
        var column = new double[Rows];
        for (int r = 0; r < Rows; r++)
        {
            column[r] = _cells[r, c];
        }

        return column;
    }

    public void SetColumn(int c, double[] values)
    {
        for (int r = 0; r < Rows; r++)
        {
            _cells[r, c] = values[r];
        }
    }
}

public static class ColumnSoftmax
{
    public static Grid Softmax(Grid scores)
    {
        var probs = new Grid(scores.Rows, scores.Columns);
        for (int c = 0; c < scores.Columns; c++)
        {
            double[] column = scores.GetColumn(c);
            double max = column.Max();
            double sum = 0.0;
            for (int r = 0; r < column.Length; r++)
            {
                column[r] = Math.Exp(column[r] - max);
                sum += column[r];
            }

            for (int r = 0; r < column.Length; r++)
            {
                column[r] /= sum;
            }

            probs.SetColumn(c, column);
        }

        return probs;
    }
}
