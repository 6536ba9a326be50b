// Idiom: per-row `Task.Run(async () => ...)` tasks merging into a shared `peaks` array under `await lockSem.WaitAsync()`
// / `lockSem.Release()`, then a sequential normalisation pass.
// Use: parallel statistics gathering before a batch softmax.
// Layout: flat float[rows * classes], row-major, element (r, c) at r * classes + c.
// Bug: LG0004 — the shared `peaks[c]` is per class, folded over all rows, while each row's sum runs over the classes.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.Semaphore_SharedClassPeaks;

public static class SharedPeakSoftmax
{
    public static async Task<float[]> ComputeAsync(float[] x, int classes)
    {
        int rows = x.Length / classes;
        float[] peaks = Enumerable.Repeat(float.NegativeInfinity, classes).ToArray();
        var lockSem = new SemaphoreSlim(1, 1);

        await Task.WhenAll(Enumerable.Range(0, rows).Select(r => Task.Run(async () =>
        {
            await lockSem.WaitAsync();
            try
            {
                for (int c = 0; c < classes; c++)
                    peaks[c] = MathF.Max(peaks[c], x[r * classes + c]); //~ LG0004
            }
            finally
            {
                lockSem.Release();
            }
        })));
        lockSem.Dispose();

        var y = new float[x.Length];
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] = MathF.Exp(x[r * classes + c] - peaks[c]);
                sum += y[r * classes + c];
            }

            for (int c = 0; c < classes; c++)
                y[r * classes + c] /= sum;
        }

        return y;
    }
}
