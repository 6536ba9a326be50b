// Idiom: split the rows of a batch into fixed-size chunks, run each chunk with Task.Run and await Task.WhenAll.
// Use: CPU-bound post-processing of a large logits buffer on the thread pool from an async controller.
// Layout: flat row-major float[rows * classes]; each task owns rows [first, last) and reads them as Span slices.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.WhenAll_FlatRowBatches;

public static class BatchedSoftmax
{
    public static async Task SoftmaxInPlaceAsync(float[] logits, int classes, int rowsPerTask = 2, CancellationToken ct = default)
    {
        int rows = logits.Length / classes;
        var tasks = new List<Task>();
        for (int first = 0; first < rows; first += rowsPerTask)
        {
            int begin = first;
            int end = Math.Min(rows, first + rowsPerTask);
            tasks.Add(Task.Run(() =>
            {
                for (int r = begin; r < end; r++)
                {
                    ct.ThrowIfCancellationRequested();
                    Span<float> row = logits.AsSpan(r * classes, classes);
                    float max = row[0];
                    for (int j = 1; j < row.Length; j++)
                    {
                        max = MathF.Max(max, row[j]);
                    }

                    float sum = 0f;
                    for (int j = 0; j < row.Length; j++)
                    {
                        row[j] = MathF.Exp(row[j] - max);
                        sum += row[j];
                    }

                    float inv = 1f / sum;
                    for (int j = 0; j < row.Length; j++)
                    {
                        row[j] *= inv;
                    }
                }
            }, ct));
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
    }
}
