// HeldOut60 — idiom: Parallel.For<TLocal> with localInit/localFinally where the thread-local value is the running sum
// (a developer reusing the localInit accumulator pattern from TPL sum tutorials for a per-row normaliser).
// Layout: flat float[] row-major, offset r * cols.
// Bug (LG0002): the thread-local sum starts at 0 once per worker and carries across every row that worker handles.
using System;
using System.Threading.Tasks;

namespace HeldOut60.LocalInit_CarriedThreadSum;

public static class WorkerSoftmax
{
    public static void Apply(float[] x, float[] y, int rows, int cols)
    {
        Parallel.For(
            0,
            rows,
            () => 0f,
            (r, loop, denominator) =>
            {
                int start = r * cols;
                float max = float.NegativeInfinity;
                for (int j = start; j < start + cols; j++)
                {
                    max = MathF.Max(max, x[j]);
                }

                for (int j = start; j < start + cols; j++)
                {
                    y[j] = MathF.Exp(x[j] - max);
                    denominator += y[j]; //~ LG0002
                }

                for (int j = start; j < start + cols; j++)
                {
                    y[j] /= denominator;
                }

                return denominator;
            },
            _ => { });
    }
}
