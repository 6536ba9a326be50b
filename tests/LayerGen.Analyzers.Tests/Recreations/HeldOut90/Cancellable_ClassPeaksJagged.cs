// Idiom: CancellationToken polled with IsCancellationRequested inside the loops, returning early with null.
// Use: batch re-ranker that gives up quietly when the request is cancelled.
// Layout: jagged float[batch][classes].
// Bug (LG0004): the peak is taken per class over the batch (LINQ Max over rows) while each sample's sum runs over its classes.
// Our own code.
using System;
using System.Linq;
using System.Threading;

namespace HeldOut90.Cancellable_ClassPeaksJagged;

public static class Reranker
{
    public static float[][]? Rerank(float[][] rows, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0)
        {
            return [];
        }

        int classes = rows[0].Length;
        float[] peaks = Enumerable.Range(0, classes).Select(c => rows.Max(row => row[c])).ToArray(); //~ LG0004
        var result = new float[rows.Length][];
        for (int b = 0; b < rows.Length; b++)
        {
            if (token.IsCancellationRequested)
            {
                return null;
            }

            float[] row = rows[b];
            var weights = new float[classes];
            float mass = 0f;
            for (int c = 0; c < classes; c++)
            {
                weights[c] = MathF.Exp(row[c] - peaks[c]);
                mass += weights[c];
            }

            for (int c = 0; c < classes; c++)
            {
                weights[c] /= mass;
            }

            result[b] = weights;
        }

        return result;
    }
}
