// HeldOut60 — idiom: an async method over a list of batches, each batch offloaded with await Task.Run, a local function per row
// (an ASP.NET background service scoring queued mini-batches without blocking the request thread).
// Layout: IReadOnlyList<float[][]> batches of jagged rows; List<float[][]> out.
// Correct: the local function shifts each row by its own maximum (LINQ Max) and divides by its own sum.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut60.AsyncBatches_LocalFunctionRows;

public static class BatchQueueScorer
{
    public static async Task<List<float[][]>> ScoreAsync(IReadOnlyList<float[][]> batches, CancellationToken ct)
    {
        var results = new List<float[][]>(batches.Count);
        foreach (float[][] batch in batches)
        {
            ct.ThrowIfCancellationRequested();
            float[][] probs = await Task.Run(() => batch.Select(Softmax).ToArray(), ct).ConfigureAwait(false);
            results.Add(probs);
        }

        return results;

        static float[] Softmax(float[] row)
        {
            float max = row.Max();
            var p = new float[row.Length];
            float sum = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = MathF.Exp(row[i] - max);
                sum += p[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                p[i] /= sum;
            }

            return p;
        }
    }
}
