// Idiom: a Smile-like `DenseMatrix` port with column-major storage (`get(i, j) => A[j * m + i]`, `nrows()`, `ncols()`,
// `set(i, j, x)`), softmax per row through the strided getter, max by `if (x > max)` and a `double[] posteriori` per row.
// Use: `predict(x, posteriori)`-style per-sample posteriors. Layout: flat column-major double[m * n]; Math.Exp.
// Correct. Our own code.
using System;

namespace HeldOut91.SmileColumnMajor_StridedGet;

public sealed class DenseMatrix
{
    private readonly double[] A;
    private readonly int m;
    private readonly int n;

    public DenseMatrix(int m, int n, double[] columnMajor) { this.m = m; this.n = n; A = columnMajor; }
    public int nrows() { return m; }
    public int ncols() { return n; }
    public double get(int i, int j) { return A[j * m + i]; }
    public void set(int i, int j, double x) { A[j * m + i] = x; }
}

public sealed class SoftmaxPosteriori
{
    public DenseMatrix posteriori(DenseMatrix scores)
    {
        int m = scores.nrows(), k = scores.ncols();
        var prob = new DenseMatrix(m, k, new double[m * k]);
        double[] posteriori = new double[k];
        for (int i = 0; i < m; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < k; j++)
            {
                double x = scores.get(i, j);
                if (x > max) max = x;
            }
            double Z = 0.0;
            for (int j = 0; j < k; j++)
            {
                posteriori[j] = Math.Exp(scores.get(i, j) - max);
                Z += posteriori[j];
            }
            for (int j = 0; j < k; j++) prob.set(i, j, posteriori[j] / Z);
        }
        return prob;
    }
}
