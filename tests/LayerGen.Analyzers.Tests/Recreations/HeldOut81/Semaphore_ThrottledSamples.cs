// Idiom: a `SemaphoreSlim(maxParallel)` throttle around per-sample `Task.Run` work, results appended to a shared
// `List<(int Sample, double[] Probs)>` guarded by a second `SemaphoreSlim(1, 1)`; a private helper folds one column.
// Use: bounded-parallel softmax over the samples of a column-major score matrix.
// Layout: double[classes, batch] (column-major: sample b is column b).
// Correct: the helper is given one column; the sum runs over the same column.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.Semaphore_ThrottledSamples;

public static class ThrottledColumns
{
    public static async Task<double[,]> SoftmaxAsync(double[,] z, int maxParallel = 2)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        using var throttle = new SemaphoreSlim(maxParallel);
        using var listLock = new SemaphoreSlim(1, 1);
        var done = new List<(int Sample, double[] Probs)>();

        var work = new List<Task>();
        for (int b = 0; b < batch; b++)
        {
            int sample = b;
            await throttle.WaitAsync().ConfigureAwait(false);
            work.Add(Task.Run(async () =>
            {
                try
                {
                    double shift = ColumnPeak(z, sample);
                    var p = new double[classes];
                    double s = 0;
                    for (int c = 0; c < classes; c++)
                    {
                        p[c] = Math.Exp(z[c, sample] - shift);
                        s += p[c];
                    }

                    for (int c = 0; c < classes; c++)
                        p[c] /= s;
                    await listLock.WaitAsync().ConfigureAwait(false);
                    try { done.Add((sample, p)); }
                    finally { listLock.Release(); }
                }
                finally
                {
                    throttle.Release();
                }
            }));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        var result = new double[classes, batch];
        foreach (var (sample, probs) in done.OrderBy(d => d.Sample))
            for (int c = 0; c < classes; c++)
                result[c, sample] = probs[c];
        return result;
    }

    private static double ColumnPeak(double[,] z, int b)
    {
        double m = z[0, b];
        for (int c = 1; c < z.GetLength(0); c++)
            m = Math.Max(m, z[c, b]);
        return m;
    }
}
