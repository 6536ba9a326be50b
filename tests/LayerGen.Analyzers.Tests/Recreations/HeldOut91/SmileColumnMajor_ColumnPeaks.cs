// known gap: a column max read through a user getter `get(i, j)` over flat row-major storage is not seen as the other axis (found with inline `A[i * ncols + j]`)
// gap: -LG0004@33
// Idiom: a Smile-like row-major `Matrix` port with `get(i, j) => A[i * ncols + j]`; the port keeps a `colMax` array
// ("the max of each column, as in MathEx.colMax") and then normalises each row.
// Use: per-sample posteriors. Layout: flat row-major double[m * n] behind `get`; Math.Exp.
// Bug LG0004: the max is taken per column (across samples) while the sum is per row (across classes).
// Our own code.
using System;

namespace HeldOut91.SmileColumnMajor_ColumnPeaks;

public sealed class Matrix
{
    private readonly double[] A;
    public readonly int nrows;
    public readonly int ncols;

    public Matrix(int nrows, int ncols, double[] rowMajor) { this.nrows = nrows; this.ncols = ncols; A = rowMajor; }
    public double get(int i, int j) => A[i * ncols + j];
    public void set(int i, int j, double x) => A[i * ncols + j] = x;
}

public static class Posteriors
{
    public static Matrix softmaxRows(Matrix scores)
    {
        double[] colMax = new double[scores.ncols];
        for (int j = 0; j < scores.ncols; j++)
        {
            colMax[j] = double.NegativeInfinity;
            for (int i = 0; i < scores.nrows; i++)
            {
                if (scores.get(i, j) > colMax[j]) colMax[j] = scores.get(i, j); //~ LG0004
            }
        }
        var p = new Matrix(scores.nrows, scores.ncols, new double[scores.nrows * scores.ncols]);
        for (int i = 0; i < scores.nrows; i++)
        {
            double z = 0;
            for (int j = 0; j < scores.ncols; j++)
            {
                double e = Math.Exp(scores.get(i, j) - colMax[j]);
                p.set(i, j, e);
                z += e;
            }
            for (int j = 0; j < scores.ncols; j++) p.set(i, j, p.get(i, j) / z);
        }
        return p;
    }
}
