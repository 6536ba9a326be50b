// Re-creation (our own code) of a Matrix type with an indexer over column-major flat storage (the Math.NET
// DenseMatrix convention, element (r, c) at c * Rows + r, as wrapped by olegtarasov/Retia's SoftMax.cs), with a row
// softmax written entirely through the indexer.
// Layout: m[r, c] indexer over column-major double[]; softmax over each row. Correct.
using System;

namespace HeldOut.IndexerMatrixColumnStorage;

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
        var p = new Matrix(m.Rows, m.Cols);
        for (int r = 0; r < m.Rows; r++)
        {
            double max = m[r, 0];
            for (int c = 1; c < m.Cols; c++)
            {
                max = Math.Max(max, m[r, c]);
            }

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
