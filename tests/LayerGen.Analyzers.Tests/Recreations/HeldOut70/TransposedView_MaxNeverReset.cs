// Idiom: a matrix class with a `Transpose()` method returning a lazy view class whose indexer reads the source swapped (use: per-sample softmax of features stored [classes, batch]).
// Layout: DenseMatrix double [classes, batch] row-major; `Transpose()` gives a [batch, classes] view.
// Bug LG0001: the running max is declared before the row loop and never reset, so row r shifts by the max of rows 0..r.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.TransposedView_MaxNeverReset;

public sealed class DenseMatrix
{
    private readonly double[] _data;

    public DenseMatrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _data = new double[rows * cols];
    }

    public int Rows { get; }

    public int Cols { get; }

    public double this[int r, int c]
    {
        get => _data[r * Cols + c];
        set => _data[r * Cols + c] = value;
    }

    public TransposeView Transpose() => new(this);
}

public sealed class TransposeView
{
    private readonly DenseMatrix _m;

    public TransposeView(DenseMatrix m) => _m = m;

    public int Rows => _m.Cols;

    public int Cols => _m.Rows;

    public double this[int r, int c]
    {
        get => _m[c, r];
        set => _m[c, r] = value;
    }
}

public static class TransposedSoftmax
{
    public static DenseMatrix Softmax(DenseMatrix classesByBatch)
    {
        var result = new DenseMatrix(classesByBatch.Rows, classesByBatch.Cols);
        TransposeView t = classesByBatch.Transpose();
        TransposeView o = result.Transpose();
        double runningMax = double.NegativeInfinity;
        for (int r = 0; r < t.Rows; r++)
        {
            for (int c = 0; c < t.Cols; c++)
            {
                runningMax = Math.Max(runningMax, t[r, c]); //~ LG0001
            }

            double s = 0.0;
            for (int c = 0; c < t.Cols; c++)
            {
                o[r, c] = Math.Exp(t[r, c] - runningMax);
                s += o[r, c];
            }

            for (int c = 0; c < t.Cols; c++)
            {
                o[r, c] /= s;
            }
        }

        return result;
    }
}
