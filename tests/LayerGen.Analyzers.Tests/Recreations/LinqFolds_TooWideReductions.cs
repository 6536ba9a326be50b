// Variants (our own code) of LINQ-written batched softmaxes (the LINQ style of ameritusweb/ParallelReverseAutoDiff's
// SoftmaxOperation and harujoh/KelpNet's flat batches, see Jagged_LambdaMaxOfMaxes.cs and KelpNet_FlatBufferLinqMax.cs)
// whose reduction spans the whole batch, in folds not covered there: Aggregate without a seed (method group and a
// ternary lambda), a Range max over every index of a flat buffer, and a sum of row sums of LINQ-written exps.
// Layouts: jagged float[][], row-major double[,] (Cast), flat float[] with rows at r * cols, jagged double[][].
// Bugs: LG0001 x3 (max over every row), LG0002 (one total for every row).
using System;
using System.Linq;

namespace Recreations.LinqFoldsTooWideReductions;

public static class LinqSoftmax
{
    public static void AggregateMethodGroup(float[][] x, float[][] y)
    {
        float max = x.SelectMany(r => r).Aggregate(MathF.Max); //~ LG0001
        for (int i = 0; i < x.Length; i++)
        {
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
        double max = x.Cast<double>().Aggregate((a, b) => a > b ? a : b); //~ LG0001
        for (int i = 0; i < x.GetLength(0); i++)
        {
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
        float max = Enumerable.Range(0, x.Length).Max(k => x[k]); //~ LG0001
        for (int r = 0; r < x.Length / cols; r++)
        {
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
        double total = e.Sum(row => row.Sum()); //~ LG0002
        return e.Select(row => row.Select(v => v / total).ToArray()).ToArray();
    }
}
