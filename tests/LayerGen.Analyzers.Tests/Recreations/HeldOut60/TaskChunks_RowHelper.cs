// HeldOut60 — idiom: Task.Run per chunk of rows, Task.WaitAll, each task calling a row-range helper
// (pre-TPL-dataflow batch scoring code that splits the batch into one chunk per core).
// Layout: double[batch, classes] row-major; helper SoftmaxRows(x, y, from, to).
// Correct: the helper shifts and normalises each row of its range on its own.
using System;
using System.Threading.Tasks;

namespace HeldOut60.TaskChunks_RowHelper;

public static class ChunkedSoftmax
{
    public static void Run(double[,] x, double[,] y, int chunks)
    {
        int batch = x.GetLength(0);
        int perChunk = (batch + chunks - 1) / chunks;
        var tasks = new Task[chunks];
        for (int t = 0; t < chunks; t++)
        {
            int from = Math.Min(batch, t * perChunk);
            int to = Math.Min(batch, from + perChunk);
            tasks[t] = Task.Run(() => SoftmaxRows(x, y, from, to));
        }

        Task.WaitAll(tasks);
    }

    private static void SoftmaxRows(double[,] x, double[,] y, int from, int to)
    {
        int classes = x.GetLength(1);
        for (int i = from; i < to; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < classes; j++)
            {
                max = Math.Max(max, x[i, j]);
            }

            double sum = 0.0;
            for (int j = 0; j < classes; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - max);
                sum += y[i, j];
            }

            for (int j = 0; j < classes; j++)
            {
                y[i, j] /= sum;
            }
        }
    }
}
