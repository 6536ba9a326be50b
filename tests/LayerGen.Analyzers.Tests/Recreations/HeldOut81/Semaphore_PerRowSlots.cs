// Idiom: `SemaphoreSlim(1, 1)`-guarded shared accumulators (`await gate.WaitAsync().ConfigureAwait(false)`,
// `try { ... } finally { gate.Release(); }`) merged from column-chunk tasks, one slot per row.
// Use: a row softmax split into (row, column chunk) tasks for wide rows.
// Layout: flat double[rows * cols], row-major; jobs `(Row, From, To)` over column chunks of one row.
// Correct: `rowMax[job.Row]` and `rowSum[job.Row]` are per-row slots; each chunk merges into its own row's slot.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.Semaphore_PerRowSlots;

public static class ChunkedRowSoftmax
{
    public static async Task<double[]> SoftmaxAsync(double[] x, int rows, int cols, int chunk = 3)
    {
        var rowMax = new double[rows];
        Array.Fill(rowMax, double.NegativeInfinity);
        var rowSum = new double[rows];
        var y = new double[x.Length];
        using var gate = new SemaphoreSlim(1, 1);

        var jobs = new List<(int Row, int From, int To)>();
        for (int r = 0; r < rows; r++)
            for (int from = 0; from < cols; from += chunk)
                jobs.Add((r, from, Math.Min(cols, from + chunk)));

        await Task.WhenAll(jobs.Select(job => Task.Run(async () =>
        {
            double local = double.NegativeInfinity;
            for (int j = job.From; j < job.To; j++)
                local = Math.Max(local, x[job.Row * cols + j]);
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                rowMax[job.Row] = Math.Max(rowMax[job.Row], local);
            }
            finally
            {
                gate.Release();
            }
        }))).ConfigureAwait(false);

        await Task.WhenAll(jobs.Select(job => Task.Run(async () =>
        {
            double part = 0;
            for (int j = job.From; j < job.To; j++)
            {
                int i = job.Row * cols + j;
                y[i] = Math.Exp(x[i] - rowMax[job.Row]);
                part += y[i];
            }

            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                rowSum[job.Row] += part;
            }
            finally
            {
                gate.Release();
            }
        }))).ConfigureAwait(false);

        for (int i = 0; i < y.Length; i++)
            y[i] /= rowSum[i / cols];
        return y;
    }
}
