// Correct twins (our own code) of LogSoftmax_TooWideReductions.cs: the same batched log-softmaxes
// y = x - m - log Σ exp(x - m) with the max and the sum taken per slice of the softmax axis, in the same layouts
// (flat row-major, 2-D row-major, column-major [classes, batch], jagged, LINQ, generic math; float and double).
// Correct: no diagnostic.
using System;
using System.Linq;
using System.Numerics;

namespace Recreations.LogSoftmaxPerSlice;

public static class PerSliceLogSoftmax
{
    public static void FlatRowMax(double[] x, double[] y, int cols)
    {
        for (int r = 0; r < x.Length / cols; r++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                max = Math.Max(max, x[r * cols + c]);
            }

            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                sum += Math.Exp(x[r * cols + c] - max);
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = x[r * cols + c] - (max + Math.Log(sum));
            }
        }
    }

    public static void SumResetPerRow(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]);
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                sum += MathF.Exp(x[i, j] - max);
            }

            float logSum = MathF.Log(sum);
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = x[i, j] - max - logSum;
            }
        }
    }

    public static void ColumnMajorPerSample(double[,] z, double[,] logP)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var lse = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = Math.Max(max, z[c, b]);
            }

            double total = 0;
            for (int c = 0; c < classes; c++)
            {
                total += Math.Exp(z[c, b] - max);
            }

            lse[b] = max + Math.Log(total);
        }

        for (int b = 0; b < batch; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                logP[c, b] = z[c, b] - lse[b];
            }
        }
    }

    public static void RowMaxArray(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var rowMax = new float[rows];
        for (int i = 0; i < rows; i++)
        {
            rowMax[i] = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                rowMax[i] = MathF.Max(rowMax[i], x[i, j]);
            }
        }

        for (int i = 0; i < rows; i++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                sum += MathF.Exp(x[i, j] - rowMax[i]);
            }

            float lse = MathF.Log(sum);
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = x[i, j] - rowMax[i] - lse;
            }
        }
    }

    public static void JaggedLinqRowMax(double[][] x, double[][] y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double max = x[i].Max();
            double sum = 0;
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] = x[i][j] - max;
                sum += Math.Exp(y[i][j]);
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] -= Math.Log(sum);
            }
        }
    }
}

public static class ShiftedLogSoftmax
{
    public static void Vector(double[] x, double[] y)
    {
        double max = x.Max();
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            sum += Math.Exp(x[j] - max);
        }

        double logSum = max + Math.Log(sum);
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = x[j] - logSum;
        }
    }

    public static double[] Linq(double[] x)
    {
        double max = x.Max();
        double lse = max + Math.Log(x.Sum(v => Math.Exp(v - max)));
        return x.Select(v => v - lse).ToArray();
    }

    public static void Generic<T>(T[] x, T[] y, int cols) where T : IFloatingPointIeee754<T>
    {
        for (int r = 0; r < x.Length / cols; r++)
        {
            T max = T.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                max = T.Max(max, x[r * cols + c]);
            }

            T sum = T.Zero;
            for (int c = 0; c < cols; c++)
            {
                sum += T.Exp(x[r * cols + c] - max);
            }

            T logSum = T.Log(sum);
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = x[r * cols + c] - max - logSum;
            }
        }
    }
}
