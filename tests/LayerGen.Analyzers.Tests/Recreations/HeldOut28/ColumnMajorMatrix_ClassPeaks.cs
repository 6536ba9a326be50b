// HeldOut28. Idiom: a column-major Matrix class (examples as columns, DL4J/ND4J 'f' order) with MaxOfRow and
// SumOfColumn members, both right for what they compute; the activation caches one peak per class in an array field.
// Use: output activations of a feed-forward net. Layout: column-major flat double[classes · examples], softmax per
// column (per example).
// Bug LG0004: the shift of class k is MaxOfRow(k), the peak of that class across the examples, while the sum runs down
// each example's column.
using System;

namespace LayerGen.HeldOut28.ColumnMajorMatrix_ClassPeaks;

/// <summary>A column-major matrix.</summary>
public sealed class Matrix
{
    private readonly double[] _data;

    public Matrix(int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
        _data = new double[rows * columns];
    }

    public int Rows { get; }

    public int Columns { get; }

    public double this[int row, int column]
    {
        get => _data[(column * Rows) + row];
        set => _data[(column * Rows) + row] = value;
    }

    public double MaxOfRow(int row)
    {
        var best = double.NegativeInfinity;
        for (var c = 0; c < Columns; c++)
        {
            best = Math.Max(best, this[row, c]);
        }

        return best;
    }

    public double SumOfColumn(int column)
    {
        var total = 0.0;
        for (var r = 0; r < Rows; r++)
        {
            total += this[r, column];
        }

        return total;
    }
}

/// <summary>Softmax over the classes of every example (column).</summary>
public sealed class SoftmaxActivation
{
    private double[] _classPeaks = [];

    public Matrix Activate(Matrix z)
    {
        _classPeaks = new double[z.Rows];
        for (var k = 0; k < z.Rows; k++)
        {
            _classPeaks[k] = z.MaxOfRow(k); //~ LG0004
        }

        var a = new Matrix(z.Rows, z.Columns);
        for (var j = 0; j < z.Columns; j++)
        {
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] = Math.Exp(z[k, j] - _classPeaks[k]);
            }

            var total = a.SumOfColumn(j);
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] /= total;
            }
        }

        return a;
    }
}
