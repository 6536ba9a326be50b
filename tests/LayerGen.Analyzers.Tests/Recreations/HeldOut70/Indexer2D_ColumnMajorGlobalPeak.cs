// Idiom: a readonly struct matrix with an indexer `this[int row, int column]` over column-major storage (use: scores with one sample per column).
// Layout: RowCount = classes, ColumnCount = samples; element (row, column) stored at column * RowCount + row; softmax down each column.
// Bug LG0001: the peak is folded over every cell of the matrix (all samples) before the per-column softmax.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Indexer2D_ColumnMajorGlobalPeak;

public readonly struct ColumnMajorMatrix
{
    private readonly double[] _values;

    public ColumnMajorMatrix(int rowCount, int columnCount)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        _values = new double[rowCount * columnCount];
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public double this[int row, int column]
    {
        get => _values[column * RowCount + row];
        set => _values[column * RowCount + row] = value;
    }
}

public static class ColumnSoftmax
{
    public static void SoftmaxColumns(ColumnMajorMatrix scores, ColumnMajorMatrix output)
    {
        double peak = double.NegativeInfinity;
        for (int j = 0; j < scores.ColumnCount; j++)
        {
            for (int i = 0; i < scores.RowCount; i++)
            {
                peak = Math.Max(peak, scores[i, j]); //~ LG0001
            }
        }

        for (int j = 0; j < scores.ColumnCount; j++)
        {
            double total = 0.0;
            for (int i = 0; i < scores.RowCount; i++)
            {
                double e = Math.Exp(scores[i, j] - peak);
                output[i, j] = e;
                total += e;
            }

            for (int i = 0; i < scores.RowCount; i++)
            {
                output[i, j] /= total;
            }
        }
    }
}
