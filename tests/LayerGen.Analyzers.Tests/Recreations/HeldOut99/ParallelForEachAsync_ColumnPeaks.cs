// Idiom: two Parallel.ForEachAsync phases with an async body: first one task per class computes statistics, then one
// task per sample normalises.
// Use: a scoring job over a class-major activation matrix (Z = W·X) that runs its phases on the thread pool.
// Layout: 2D float[classes, batch] (column-major samples); softmax over the classes of each sample (a column).
// Bug (LG0004): phase one takes each class's peak across the batch (along a row of the matrix), while phase two sums
// each sample over the classes (down a column), so the max and the sum run over different axes.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.ParallelForEachAsync_ColumnPeaks;

public static class TwoPhaseSoftmax
{
    public static async Task<float[,]> RunAsync(float[,] z, CancellationToken ct = default)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var peak = new float[classes];
        var p = new float[classes, batch];

        await Parallel.ForEachAsync(Enumerable.Range(0, classes), ct, async (c, token) =>
        {
            float m = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                m = MathF.Max(m, z[c, b]); //~ LG0004
            }

            peak[c] = m;
            await Task.CompletedTask;
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, batch), ct, (b, token) =>
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[c, b] = MathF.Exp(z[c, b] - peak[c]);
                sum += p[c, b];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c, b] /= sum;
            }

            return ValueTask.CompletedTask;
        });

        return p;
    }
}
