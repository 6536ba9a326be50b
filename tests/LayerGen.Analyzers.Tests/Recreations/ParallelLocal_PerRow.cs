// Re-creation (our own code) of parallel batched softmaxes with thread-local state in the style of
// justinamiller/SmallMind and mdabros/SharpLearning (see HeldOut/ParallelLocalInit_GlobalMax.cs), the correct twins of
// ParallelLocal_TooWideReductions.cs: per row, a Parallel.For<TLocal> over the columns merges thread-local maxima into
// the row's own maximum, and thread-local sums into the row's own denominator; and a Parallel.For<TLocal> over rows
// whose thread-local state is a scratch row, each row reduced inside the body.
// Layouts: row-major float[,]; flat double[] with rows at r * cols. Correct.
using System;
using System.Threading.Tasks;

namespace Recreations.ParallelLocalPerRow;

public static class ParallelSoftmax
{
    public static void RowMax(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        object gate = new object();
        for (int i = 0; i < rows; i++)
        {
            float max = float.MinValue;
            Parallel.For(0, cols, () => float.MinValue, (j, _, local) => MathF.Max(local, x[i, j]), local =>
            {
                lock (gate)
                {
                    max = MathF.Max(max, local);
                }
            });

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
        }
    }

    public static void RowTotals(double[] x, double[] y, int cols)
    {
        int rows = x.Length / cols;
        object gate = new object();
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                m = Math.Max(m, x[o + j]);
            }

            double total = 0;
            Parallel.For(0, cols, () => 0.0, (j, _, local) => local + (y[o + j] = Math.Exp(x[o + j] - m)), local =>
            {
                lock (gate)
                {
                    total += local;
                }
            });

            for (int j = 0; j < cols; j++)
            {
                y[o + j] /= total;
            }
        }
    }

    public static void ScratchRows(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        Parallel.For(
            0,
            rows,
            () => new float[cols],
            (i, _, scratch) =>
            {
                float max = float.MinValue;
                for (int j = 0; j < cols; j++)
                {
                    max = MathF.Max(max, x[i, j]);
                }

                float sum = 0f;
                for (int j = 0; j < cols; j++)
                {
                    scratch[j] = MathF.Exp(x[i, j] - max);
                    sum += scratch[j];
                }

                for (int j = 0; j < cols; j++)
                {
                    y[i, j] = scratch[j] / sum;
                }

                return scratch;
            },
            _ => { });
    }
}
