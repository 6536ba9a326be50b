// Source: async batch scoring in C# services (rows split into chunks, each chunk post-processed on Task.Run, then
// Task.WhenAll), re-created on double[,] logits.
// Layout: double[rows, cols]; chunk [lo, hi) of rows per task; softmax per row.
// Correct: max and sum are locals of the per-row loop inside each task.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut6.TaskRunChunks;

public static class AsyncBatchSoftmax
{
    public static async Task<double[,]> RunAsync(double[,] logits, int chunk)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var probs = new double[rows, cols];
        var tasks = new List<Task>();
        for (int lo = 0; lo < rows; lo += chunk)
        {
            int start = lo;
            int end = Math.Min(rows, lo + chunk);
            tasks.Add(Task.Run(() =>
            {
                for (int r = start; r < end; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = Math.Max(m, logits[r, c]);
                    double s = 0;
                    for (int c = 0; c < cols; c++)
                    {
                        probs[r, c] = Math.Exp(logits[r, c] - m);
                        s += probs[r, c];
                    }

                    for (int c = 0; c < cols; c++) probs[r, c] /= s;
                }
            }));
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return probs;
    }
}
