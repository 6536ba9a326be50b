// Variant (our own code) of a row softmax written through a Matrix indexer over column-major storage (Math.NET
// DenseMatrix convention, as wrapped by olegtarasov/Retia): the maximum is taken over every element before the rows.
// Layout: m[r, c] indexer over column-major double[]. Bug (LG0001): the maximum spans every row.
using System;

namespace HeldOut.IndexerMatrixGlobalMax;

public sealed class Matrix
{
    private readonly double[] values;

    public Matrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        values = new double[rows * cols];
    }

    public int Rows { get; }

    public int Cols { get; }

    public double this[int r, int c]
    {
        get => values[c * Rows + r];
        set => values[c * Rows + r] = value;
    }
}

public static class RowSoftmax
{
    public static Matrix Forward(Matrix m)
    {
        double max = double.NegativeInfinity;
        for (int r = 0; r < m.Rows; r++)
        {
            for (int c = 0; c < m.Cols; c++)
            {
                max = Math.Max(max, m[r, c]); //~ LG0001
            }
        }

        var p = new Matrix(m.Rows, m.Cols);
        for (int r = 0; r < m.Rows; r++)
        {
            double sum = 0;
            for (int c = 0; c < m.Cols; c++)
            {
                p[r, c] = Math.Exp(m[r, c] - max);
                sum += p[r, c];
            }

            for (int c = 0; c < m.Cols; c++)
            {
                p[r, c] /= sum;
            }
        }

        return p;
    }
}
