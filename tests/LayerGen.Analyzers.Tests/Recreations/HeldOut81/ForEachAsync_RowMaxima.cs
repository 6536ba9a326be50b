// Idiom: two `Parallel.ForEachAsync(Enumerable.Range(0, n), ct, (r, token) => ...)` passes with synchronous bodies
// returning `ValueTask.CompletedTask`; per-row maxima and sums stored in arrays between the passes.
// Use: a data-parallel batch softmax with a cancellation token.
// Layout: IList<float[]> rows in, float[][] out.
// Correct: `maxima[r]` and `sums[r]` are per-row slots; row r reads only its own.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.ForEachAsync_RowMaxima;

public static class ParallelPasses
{
    public static async Task<float[][]> SoftmaxAsync(IList<float[]> rows, CancellationToken ct = default)
    {
        int n = rows.Count;
        var maxima = new float[n];
        var sums = new float[n];
        var outRows = new float[n][];

        await Parallel.ForEachAsync(Enumerable.Range(0, n), ct, (r, token) =>
        {
            maxima[r] = rows[r].Max();
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        await Parallel.ForEachAsync(Enumerable.Range(0, n), ct, (r, token) =>
        {
            float[] src = rows[r];
            var dst = new float[src.Length];
            for (int j = 0; j < src.Length; j++)
            {
                dst[j] = MathF.Exp(src[j] - maxima[r]);
                sums[r] += dst[j];
            }

            outRows[r] = dst;
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        for (int r = 0; r < n; r++)
            for (int j = 0; j < outRows[r].Length; j++)
                outRows[r][j] /= sums[r];
        return outRows;
    }
}
