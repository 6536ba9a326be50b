// HeldOut28. Idiom: a small Matrix class (flat storage, [row, col] indexer, Rows/Columns properties, GetRow, MaxOfRow,
// SumOfRow) and a static Softmax over it (Accord/Smile-style matrix code).
// Use: class posteriors of a batch. Layout: row-major, one sample per row. Correct.
using System;

namespace LayerGen.HeldOut28.MatrixIndexer_RowSoftmax;

/// <summary>A dense row-major matrix.</summary>
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
        get => _data[(row * Columns) + column];
        set => _data[(row * Columns) + column] = value;
    }

    public double[] GetRow(int row)
    {
        var copy = new double[Columns];
        Array.Copy(_data, row * Columns, copy, 0, Columns);
        return copy;
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

    public double SumOfRow(int row)
    {
        var total = 0.0;
        for (var c = 0; c < Columns; c++)
        {
            total += this[row, c];
        }

        return total;
    }
}

/// <summary>Row softmax over a <see cref="Matrix"/>.</summary>
public static class MatrixSoftmax
{
    public static Matrix RowSoftmax(Matrix logits)
    {
        var probs = new Matrix(logits.Rows, logits.Columns);
        for (var r = 0; r < logits.Rows; r++)
        {
            var shift = logits.MaxOfRow(r);
            for (var c = 0; c < logits.Columns; c++)
            {
                probs[r, c] = Math.Exp(logits[r, c] - shift);
            }

            var total = probs.SumOfRow(r);
            for (var c = 0; c < logits.Columns; c++)
            {
                probs[r, c] /= total;
            }
        }

        return probs;
    }
}
