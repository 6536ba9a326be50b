// Idiom: one `ArrayPool<double>.Shared.Rent(classes * batch)` buffer for every sample's exps, sliced per sample (use: softmax of a class-major score table).
// Layout: `double[,]` [classes, batch] (one sample per column); rental laid out sample-major at b * classes + c.
// Bug LG0003: the exps are of the raw scores (no max subtracted), then normalised per sample.
// Our own code.
#nullable enable
using System;
using System.Buffers;

namespace HeldOut70.PooledScratch_RawExpIntoRental;

public static class ColumnPoolSoftmax
{
    public static double[,] Softmax(double[,] scores)
    {
        int classes = scores.GetLength(0);
        int batch = scores.GetLength(1);
        var probs = new double[classes, batch];
        double[] pool = ArrayPool<double>.Shared.Rent(classes * batch);
        try
        {
            for (int b = 0; b < batch; b++)
            {
                Span<double> slot = pool.AsSpan(b * classes, classes);
                double norm = 0.0;
                for (int c = 0; c < classes; c++)
                {
                    slot[c] = Math.Exp(scores[c, b]); //~ LG0003
                    norm += slot[c];
                }

                for (int c = 0; c < classes; c++)
                {
                    probs[c, b] = slot[c] / norm;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(pool, clearArray: true);
        }

        return probs;
    }
}
