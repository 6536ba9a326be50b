// Source: TPL Parallel.For with thread-local state (localInit / body / localFinally, as in the dotnet/docs
// "write a Parallel.For loop with thread-local variables" sample) used to find the "stabilising" maximum of a
// batch in parallel before a parallel per-row softmax.
// Layout: float[,] [rows, cols]; softmax over the columns of each row.
// Bug LG0001: the thread-local peaks are merged into one maximum over every row of the batch.
using System;
using System.Threading.Tasks;

namespace HeldOut7.ParallelPartitionLocalPeaks
{
    public static class ParallelSoftmax
    {
        public static float[,] Forward(float[,] x)
        {
            int rows = x.GetLength(0);
            int cols = x.GetLength(1);
            float shared = float.NegativeInfinity;
            object gate = new object();
            Parallel.For(0, rows, () => float.NegativeInfinity, (r, _, local) =>
            {
                for (int c = 0; c < cols; c++)
                {
                    local = MathF.Max(local, x[r, c]);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    shared = MathF.Max(shared, local); //~ LG0001
                }
            });

            var y = new float[rows, cols];
            Parallel.For(0, rows, r =>
            {
                float sum = 0f;
                for (int c = 0; c < cols; c++)
                {
                    y[r, c] = MathF.Exp(x[r, c] - shared);
                    sum += y[r, c];
                }

                for (int c = 0; c < cols; c++)
                {
                    y[r, c] /= sum;
                }
            });

            return y;
        }
    }
}
