// Idiom: Task.WhenAll over one task per row, each task writing its row of the result matrix.
// Use: an async batch scorer that fans rows out to the thread pool and awaits them all.
// Layout: 2D double[rows, classes]; each task normalises one row.
// Bug (LG0001): the shift is computed once, before the fan-out, as the maximum of the whole matrix; every row's sum is
// its own, so a row far below the batch maximum underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut99.WhenAll_WholeMatrixPeak;

public static class RowFanOut
{
    public static async Task<double[,]> ScoreAsync(double[,] logits)
    {
        int rows = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var result = new double[rows, classes];
        double shift = logits.Cast<double>().Max(); //~ LG0001

        Task[] work = Enumerable.Range(0, rows).Select(r => Task.Run(() =>
        {
            double z = 0.0;
            for (int c = 0; c < classes; c++)
            {
                result[r, c] = double.Exp(logits[r, c] - shift);
                z += result[r, c];
            }

            for (int c = 0; c < classes; c++)
            {
                result[r, c] /= z;
            }
        })).ToArray();

        await Task.WhenAll(work);
        return result;
    }
}
