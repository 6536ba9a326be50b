// Idiom: library-style async code, every await `ConfigureAwait(false)` (`await checkpoint(r, ct).ConfigureAwait(false)`),
// with the row work in local functions `RowPeak(r)` and `ExpInto(r, shift)` capturing the matrices.
// Use: a library softmax that lets the caller observe/cancel between rows.
// Layout: double[batch, classes], row-major 2D.
// Correct: each local function is given one row; the shifted exps are taken inside `ExpInto`.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.ConfigureAwait_LocalFunctionRows;

public static class LibrarySoftmax
{
    public static async Task<double[,]> ApplyAsync(double[,] x, Func<int, CancellationToken, Task> checkpoint, CancellationToken ct = default)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var y = new double[batch, classes];
        for (int r = 0; r < batch; r++)
        {
            await checkpoint(r, ct).ConfigureAwait(false);
            double total = ExpInto(r, RowPeak(r));
            for (int c = 0; c < classes; c++)
                y[r, c] /= total;
        }

        return y;

        double RowPeak(int row)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                m = Math.Max(m, x[row, c]);
            return m;
        }

        double ExpInto(int row, double shift)
        {
            double s = 0;
            for (int c = 0; c < classes; c++)
            {
                y[row, c] = Math.Exp(x[row, c] - shift);
                s += y[row, c];
            }

            return s;
        }
    }
}
