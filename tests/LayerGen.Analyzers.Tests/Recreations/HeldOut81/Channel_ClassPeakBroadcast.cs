// Idiom: an unbounded `Channel<int>` of row indices filled with `TryWrite` and read back with
// `await rowsToDo.Reader.ReadAsync().ConfigureAwait(false)` a known number of times.
// Use: a work queue over rows that reuses per-class peaks computed up front.
// Layout: double[batch, classes], row-major 2D.
// Bug: LG0004 — each class's peak is folded down the batch (rows), while each row's sum runs over the classes.
// Our own code.
#nullable enable
using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut81.Channel_ClassPeakBroadcast;

public static class RowQueueSoftmax
{
    public static async Task<double[,]> RunAsync(double[,] x)
    {
        int n = x.GetLength(0), k = x.GetLength(1);
        var peakOfClass = new double[k];
        for (int c = 0; c < k; c++)
        {
            peakOfClass[c] = double.NegativeInfinity;
            for (int r = 0; r < n; r++)
                peakOfClass[c] = Math.Max(peakOfClass[c], x[r, c]); //~ LG0004
        }

        var rowsToDo = Channel.CreateUnbounded<int>();
        for (int r = 0; r < n; r++)
            rowsToDo.Writer.TryWrite(r);
        rowsToDo.Writer.Complete();

        var y = new double[n, k];
        for (int done = 0; done < n; done++)
        {
            int r = await rowsToDo.Reader.ReadAsync().ConfigureAwait(false);
            double s = 0;
            for (int c = 0; c < k; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - peakOfClass[c]);
                s += y[r, c];
            }

            for (int c = 0; c < k; c++)
                y[r, c] /= s;
        }

        return y;
    }
}
