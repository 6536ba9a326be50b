// Correct twins (our own code) of HelperComposition_TooWide.cs: the same column and slice helpers, with the max taken
// over the sample's own column (passed as a scalar, or as the element colMax[s] of a buffer of per-sample maxima), the
// jagged helper shifting by its column's max, the in-place helper given the row's own max, and a log-softmax whose
// sum of exps a helper computes per row (lse = max + log(sum), output x - lse).
// Layouts: column-major double[classes, samples]; jagged double[classes][samples]; row-major flat float[rows * cols];
// row-major double[rows, cols] for the log-softmax. Correct: no diagnostic.
using System;

namespace Recreations.HelperComposition_PerSlice;

public static class HelperComposition
{
    public static void ColumnHelperColumnMax(double[,] z, double[,] a)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        for (int s = 0; s < samples; s++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                max = Math.Max(max, z[k, s]);
            }

            double sum = FillColumn(classes, a, s, z, max);
            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= sum;
            }
        }
    }

    static double FillColumn(int classes, double[,] a, int s, double[,] z, double max)
    {
        double sum = 0;
        for (int k = 0; k < classes; k++)
        {
            a[k, s] = Math.Exp(z[k, s] - max);
            sum += a[k, s];
        }

        return sum;
    }

    public static void SampleMaximaColumnHelper(double[,] z, double[,] a)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var sampleMax = new double[samples];
        for (int s = 0; s < samples; s++)
        {
            sampleMax[s] = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                sampleMax[s] = Math.Max(sampleMax[s], z[k, s]);
            }
        }

        for (int s = 0; s < samples; s++)
        {
            double sum = FillColumn(classes, a, s, z, sampleMax[s]);
            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= sum;
            }
        }
    }

    public static void JaggedColumnHelperShifted(double[][] z, double[][] a)
    {
        for (int s = 0; s < z[0].Length; s++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < z.Length; c++)
            {
                max = Math.Max(max, z[c][s]);
            }

            double sum = FillJaggedColumn(z.Length, a, s, z, max);
            for (int c = 0; c < z.Length; c++)
            {
                a[c][s] /= sum;
            }
        }
    }

    static double FillJaggedColumn(int classes, double[][] a, int s, double[][] z, double max)
    {
        double sum = 0;
        for (int c = 0; c < classes; c++)
        {
            a[c][s] = Math.Exp(z[c][s] - max);
            sum += a[c][s];
        }

        return sum;
    }

    public static void SliceInPlaceRowMax(float[] data, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            Span<float> row = data.AsSpan(r * cols, cols);
            float max = float.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            float sum = ExpInPlace(row, max);
            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }

    static float ExpInPlace(Span<float> row, float max)
    {
        float sum = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            row[j] = MathF.Exp(row[j] - max);
            sum += row[j];
        }

        return sum;
    }

    public static void LogSoftmaxHelperRowSum(double[,] x, double[,] y)
    {
        int cols = x.GetLength(1);
        for (int i = 0; i < x.GetLength(0); i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[i, j]);
            }

            double lse = max + Math.Log(SumExpOfRow(cols, x, i, max));
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = x[i, j] - lse;
            }
        }
    }

    static double SumExpOfRow(int cols, double[,] x, int i, double max)
    {
        double sum = 0;
        for (int j = 0; j < cols; j++)
        {
            sum += Math.Exp(x[i, j] - max);
        }

        return sum;
    }
}
