// Variants (our own code) of a parallel batched softmax in the style of justinamiller/SmallMind and
// mdabros/SharpLearning (Parallel.For over a batch, see HeldOut/ParallelLocalInit_GlobalMax.cs) where a reduction is
// made with thread-local state, Parallel.For<TLocal> (localInit / body / localFinally merged under a lock), over the
// whole batch: a maximum over every row of a float[,] (ParallelOptions overload, the body loops over the columns into
// its local), and a total of the exps of a flat buffer used as every row's denominator.
// Layouts: row-major float[,]; flat double[] with rows at r * cols. Bugs: LG0001 (max over every row), LG0002 (sum
// over every row).
using System;
using System.Threading.Tasks;

namespace Recreations.ParallelLocalTooWideReductions;

public static class ParallelSoftmax
{
    public static void HoistedMax(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float max = float.MinValue;
        object gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };
        Parallel.For(
            0,
            rows,
            options,
            () => float.MinValue,
            (i, _, local) =>
            {
                for (int j = 0; j < cols; j++)
                {
                    local = MathF.Max(local, x[i, j]);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    if (local > max) //~ LG0001
                    {
                        max = local;
                    }
                }
            });

        Parallel.For(0, rows, i =>
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - max);
                sum += y[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= sum;
            }
        });
    }

    public static void SharedTotal(double[] x, double[] y, int cols)
    {
        int rows = x.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                m = Math.Max(m, x[r * cols + j]);
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
            }
        }

        double total = 0;
        object gate = new object();
        Parallel.For(0, y.Length, () => 0.0, (k, _, local) => local + y[k], local =>
        {
            lock (gate)
            {
                total += local; //~ LG0002
            }
        });

        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= total;
            }
        }
    }
}
