// known gap: the rows of the max (foreach over the span the struct's RowAt(i) method returns) and the column of the sum (the array its ColumnAt(j) method copies) are not read as slices of the table, so no axis comparison is made
// gap: -LG0004@51
// Idiom: a Table struct with `RowAt(int)` (a `ReadOnlySpan<float>` view) and `ColumnAt(int)` (a copied `float[]`) accessors (use: softmax per sample, samples in columns).
// Layout: flat float[] row-major [classes, samples]; a sample is a column.
// Bug LG0004: the peaks are folded per row (across samples) through `RowAt`, while each softmax sums down a column.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Accessors_RowPeakColumnSum;

public readonly struct Table
{
    private readonly float[] _cells;

    public Table(float[] cells, int rows, int columns)
    {
        _cells = cells;
        Rows = rows;
        Columns = columns;
    }

    public int Rows { get; }

    public int Columns { get; }

    public ReadOnlySpan<float> RowAt(int i) => _cells.AsSpan(i * Columns, Columns);

    public float[] ColumnAt(int j)
    {
        var col = new float[Rows];
        for (int i = 0; i < Rows; i++)
        {
            col[i] = _cells[i * Columns + j];
        }

        return col;
    }
}

public static class SampleSoftmax
{
    public static float[] Softmax(Table table)
    {
        var peaks = new float[table.Rows];
        for (int i = 0; i < table.Rows; i++)
        {
            peaks[i] = float.NegativeInfinity;
            foreach (float v in table.RowAt(i))
            {
                peaks[i] = MathF.Max(peaks[i], v); //~ LG0004
            }
        }

        var probs = new float[table.Rows * table.Columns];
        for (int j = 0; j < table.Columns; j++)
        {
            float[] col = table.ColumnAt(j);
            float sum = 0f;
            for (int i = 0; i < col.Length; i++)
            {
                col[i] = MathF.Exp(col[i] - peaks[i]);
                sum += col[i];
            }

            for (int i = 0; i < col.Length; i++)
            {
                probs[i * table.Columns + j] = col[i] / sum;
            }
        }

        return probs;
    }
}
