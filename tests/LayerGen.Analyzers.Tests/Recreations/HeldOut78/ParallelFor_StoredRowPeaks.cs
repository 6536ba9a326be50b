// Idiom: three `Parallel.For` lambdas: per-row maxima stored in `peaks[r]`, per-row sums in `sums[r]`, then a flat
// `Parallel.For` over every element dividing by `sums[k / classes]`.
// Use: multithreaded softmax over a batch of rows.
// Layout: double[batch, classes], row-major.
// Correct: the arrays hold one max and one sum per row, each folded over that row only; the flat pass picks the
// element's own row.
// Our own code.
using System;
using System.Threading.Tasks;

namespace HeldOut78.ParallelFor_StoredRowPeaks;

public static class ParallelRows
{
    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var peaks = new double[batch];
        var sums = new double[batch];
        var y = new double[batch, classes];
        Parallel.For(0, batch, r =>
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++) m = Math.Max(m, x[r, c]);
            peaks[r] = m;
        });
        Parallel.For(0, batch, r =>
        {
            double s = 0;
            for (int c = 0; c < classes; c++) s += y[r, c] = Math.Exp(x[r, c] - peaks[r]);
            sums[r] = s;
        });
        Parallel.For(0, batch * classes, k => y[k / classes, k % classes] /= sums[k / classes]);
        return y;
    }
}
