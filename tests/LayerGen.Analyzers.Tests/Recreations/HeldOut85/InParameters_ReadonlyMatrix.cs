// Idiom: a readonly struct matrix passed by `in` to static helpers (no defensive copies).
// Use: softmax over each row of a small immutable matrix value (attention scores of one head).
// Layout: readonly struct Matrix over a flat double[], row-major, indexer m[r, c].
// Correct: RowPeak(in m, r) folds one row only; the sum is reset per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut85.InParameters_ReadonlyMatrix;

public readonly struct Matrix
{
    private readonly double[] _data;

    public Matrix(double[] data, int rows, int cols)
    {
        _data = data;
        Rows = rows;
        Cols = cols;
    }

    public int Rows { get; }

    public int Cols { get; }

    public double this[int r, int c] => _data[r * Cols + c];
}

public static class HeadScores
{
    public static double[] SoftmaxRows(in Matrix m)
    {
        var output = new double[m.Rows * m.Cols];
        for (int r = 0; r < m.Rows; r++)
        {
            double peak = RowPeak(in m, r);
            double denominator = 0.0;
            for (int c = 0; c < m.Cols; c++)
            {
                double e = Math.Exp(m[r, c] - peak);
                output[r * m.Cols + c] = e;
                denominator += e;
            }

            for (int c = 0; c < m.Cols; c++)
                output[r * m.Cols + c] /= denominator;
        }

        return output;
    }

    private static double RowPeak(in Matrix m, int r)
    {
        double peak = m[r, 0];
        for (int c = 1; c < m.Cols; c++)
            peak = Math.Max(peak, m[r, c]);
        return peak;
    }
}
