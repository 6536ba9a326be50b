// HeldOut60 — idiom: a shared sum updated under a lock from inside Parallel.For (Interlocked has no float Add)
// (batch job that "normalises after the parallel pass"; the lock makes the shared total thread-safe, not per row).
// Layout: float[batch, classes] row-major in and out.
// Bug (LG0002): the denominator is one total over every row of the batch; the shift is per row.
using System;
using System.Threading.Tasks;

namespace HeldOut60.LockedTotal_SharedSum;

public static class SharedTotalSoftmax
{
    public static float[,] Compute(float[,] scores)
    {
        int batch = scores.GetLength(0);
        int classes = scores.GetLength(1);
        var result = new float[batch, classes];
        var sync = new object();
        float total = 0f;
        Parallel.For(0, batch, b =>
        {
            float m = scores[b, 0];
            for (int c = 1; c < classes; c++)
            {
                m = MathF.Max(m, scores[b, c]);
            }

            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(scores[b, c] - m);
                result[b, c] = e;
                lock (sync) total += e; //~ LG0002
            }
        });

        Parallel.For(0, batch, b =>
        {
            for (int c = 0; c < classes; c++)
            {
                result[b, c] /= total;
            }
        });
        return result;
    }
}
