// Idiom: a ref struct matrix view over Span<double> with a `ref double this[int r, int c]` indexer, stackalloc stats.
// Use: softmax over the features of each row of a small activation matrix.
// Layout: Span<double> row-major [rows, cols], softmax per row (over c).
// Bug: LG0004 — the peaks are per column (folded over the rows), the sum is per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.RefStruct_MatrixColumnPeaks;

public readonly ref struct MatrixView
{
    private readonly Span<double> _data;

    public MatrixView(Span<double> data, int rows, int cols)
    {
        _data = data;
        Rows = rows;
        Cols = cols;
    }

    public int Rows { get; }

    public int Cols { get; }

    public ref double this[int r, int c] => ref _data[r * Cols + c];
}

public static class RowSoftmax
{
    public static void InPlace(scoped MatrixView m)
    {
        Span<double> colPeak = m.Cols <= 64 ? stackalloc double[m.Cols] : new double[m.Cols];
        colPeak.Fill(double.NegativeInfinity);
        for (int r = 0; r < m.Rows; r++)
        {
            for (int c = 0; c < m.Cols; c++)
            {
                if (m[r, c] > colPeak[c]) //~ LG0004
                    colPeak[c] = m[r, c];
            }
        }

        for (int r = 0; r < m.Rows; r++)
        {
            double norm = 0;
            for (int c = 0; c < m.Cols; c++)
            {
                m[r, c] = Math.Exp(m[r, c] - colPeak[c]);
                norm += m[r, c];
            }

            for (int c = 0; c < m.Cols; c++) m[r, c] /= norm;
        }
    }
}
