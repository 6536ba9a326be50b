// Re-creation (our own code) of LINQ-written batched softmaxes (the LINQ style of ameritusweb/ParallelReverseAutoDiff's
// SoftmaxOperation and harujoh/KelpNet's flat batches), the correct twins of LinqFolds_TooWideReductions.cs: each fold
// runs over one row (Aggregate without a seed over a row, a ternary Aggregate over a row's columns, a Range max over
// one row's indices, each row's own sum).
// Layouts: jagged float[][], row-major double[,], flat float[] with rows at r * cols, jagged double[][]. Correct.
using System;
using System.Linq;

namespace Recreations.LinqFoldsPerRow;

public static class LinqSoftmax
{
    public static void AggregateMethodGroup(float[][] x, float[][] y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float max = x[i].Aggregate(MathF.Max);
            float sum = 0f;
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] = MathF.Exp(x[i][j] - max);
                sum += y[i][j];
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] /= sum;
            }
        }
    }

    public static void AggregateTernary(double[,] x, double[,] y)
    {
        for (int i = 0; i < x.GetLength(0); i++)
        {
            double max = Enumerable.Range(0, x.GetLength(1)).Select(j => x[i, j]).Aggregate((a, b) => a > b ? a : b);
            double sum = 0;
            for (int j = 0; j < x.GetLength(1); j++)
            {
                y[i, j] = Math.Exp(x[i, j] - max);
                sum += y[i, j];
            }

            for (int j = 0; j < x.GetLength(1); j++)
            {
                y[i, j] /= sum;
            }
        }
    }

    public static void RangeOverBuffer(float[] x, float[] y, int cols)
    {
        for (int r = 0; r < x.Length / cols; r++)
        {
            float max = Enumerable.Range(0, cols).Max(j => x[r * cols + j]);
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(x[r * cols + j] - max);
                sum += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= sum;
            }
        }
    }

    public static double[][] SumOfRowSums(double[][] x)
    {
        double[][] e = x.Select(row => row.Select(v => Math.Exp(v - row.Max())).ToArray()).ToArray();
        return e.Select(row =>
        {
            double total = row.Sum();
            return row.Select(v => v / total).ToArray();
        }).ToArray();
    }
}
