// HeldOut28. Idiom: a Matrix class over jagged storage with Rows/Columns, an indexer, GetRow and a Max() member (the
// largest element of the whole matrix, right for what it says); a static softmax calls it for the shift.
// Use: per-sample label posteriors. Layout: jagged rows inside the class, one sample per row.
// Bug LG0001: the shift is the largest element of the whole batch (Matrix.Max()), not each row's.
using System;

namespace LayerGen.HeldOut28.MatrixWholeMax_CallerPassesBatch;

/// <summary>A dense matrix stored as rows.</summary>
public sealed class Matrix
{
    private readonly double[][] _rows;

    public Matrix(int rows, int columns)
    {
        _rows = new double[rows][];
        for (var r = 0; r < rows; r++)
        {
            _rows[r] = new double[columns];
        }

        Columns = columns;
    }

    public int Rows => _rows.Length;

    public int Columns { get; }

    public double this[int row, int column]
    {
        get => _rows[row][column];
        set => _rows[row][column] = value;
    }

    public double[] GetRow(int row) => (double[])_rows[row].Clone();

    /// <summary>The largest element of the matrix.</summary>
    public double Max()
    {
        var best = double.NegativeInfinity;
        foreach (var row in _rows)
        {
            foreach (var v in row)
            {
                if (v > best) best = v;
            }
        }

        return best;
    }
}

/// <summary>Softmax of every row.</summary>
public static class LabelPosteriors
{
    public static Matrix Softmax(Matrix logits)
    {
        var result = new Matrix(logits.Rows, logits.Columns);
        var shift = logits.Max(); //~ LG0001
        for (var r = 0; r < logits.Rows; r++)
        {
            var sum = 0.0;
            for (var c = 0; c < logits.Columns; c++)
            {
                result[r, c] = Math.Exp(logits[r, c] - shift);
                sum += result[r, c];
            }

            for (var c = 0; c < logits.Columns; c++)
            {
                result[r, c] /= sum;
            }
        }

        return result;
    }
}
