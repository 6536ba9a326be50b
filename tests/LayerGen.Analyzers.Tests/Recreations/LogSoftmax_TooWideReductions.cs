// Variants (our own code) of batched log-softmax code as written in C# decoders and loss layers (Whisper/TTS
// decoders, KelpNet's SoftmaxLog, kowaliszyn-pl/ml-csharp's SoftmaxLogSumExp): y = x - m - log Σ exp(x - m), which
// divides by nothing; its normaliser is the log of the sum. Layouts: flat row-major, 2-D row-major, column-major
// [classes, batch], jagged, LINQ, generic math; float and double.
// Bugs: the max (LG0001) or the sum (LG0002) spans more than the softmax axis, max and sum run over different axes
// (LG0004), or the exps are not shifted at all (LG0003: exp overflows at logits near +1000, log(∞) = ∞, y = -∞/NaN).
using System;
using System.Linq;
using System.Numerics;

namespace Recreations.LogSoftmaxTooWideReductions;

public static class TooWideLogSoftmax
{
    // Flat [rows, cols]: one max over the whole buffer, log-sum-exp per row; x - (max + log sum).
    public static void FlatGlobalMax(double[] x, double[] y, int cols)
    {
        double max = double.NegativeInfinity;
        for (int k = 0; k < x.Length; k++)
        {
            max = Math.Max(max, x[k]); //~ LG0001
        }

        for (int r = 0; r < x.Length / cols; r++)
        {
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

    // 2-D row-major: the sum is declared before the row loop and never reset; (x - max) - log(sum).
    public static void SumNeverReset(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float sum = 0f;
        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]);
            }

            for (int j = 0; j < cols; j++)
            {
                sum += MathF.Exp(x[i, j] - max); //~ LG0002
            }

            float logSum = MathF.Log(sum);
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = x[i, j] - max - logSum;
            }
        }
    }

    // Column-major [classes, batch]: per-sample max, but one log-sum-exp over the whole grid.
    public static void ColumnMajorGrandTotal(double[,] z, double[,] logP)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var max = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            max[b] = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max[b] = Math.Max(max[b], z[c, b]);
            }
        }

        double total = 0;
        for (int b = 0; b < batch; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                total += Math.Exp(z[c, b] - max[b]); //~ LG0002
            }
        }

        double logTotal = Math.Log(total);
        for (int b = 0; b < batch; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                logP[c, b] = z[c, b] - max[b] - logTotal;
            }
        }
    }

    // 2-D row-major: the max runs down each column while the log-sum-exp runs along each row.
    public static void MaxPerColumnSumPerRow(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var colMax = new float[cols];
        for (int j = 0; j < cols; j++)
        {
            colMax[j] = float.NegativeInfinity;
            for (int i = 0; i < rows; i++)
            {
                colMax[j] = MathF.Max(colMax[j], x[i, j]); //~ LG0004
            }
        }

        for (int i = 0; i < rows; i++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                sum += MathF.Exp(x[i, j] - colMax[j]);
            }

            float lse = MathF.Log(sum);
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = x[i, j] - colMax[j] - lse;
            }
        }
    }

    // Jagged rows: the max over every row through LINQ; in-place y[j] -= log-sum-exp.
    public static void JaggedLinqGlobalMax(double[][] x, double[][] y)
    {
        double max = x.Max(row => row.Max()); //~ LG0001
        for (int i = 0; i < x.Length; i++)
        {
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

public static class UnshiftedLogSoftmax
{
    // One vector: x - log Σ exp(x), no max anywhere.
    public static void Vector(double[] x, double[] y)
    {
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            sum += Math.Exp(x[j]); //~ LG0003
        }

        double logSum = Math.Log(sum);
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = x[j] - logSum;
        }
    }

    // LINQ: the normaliser inline.
    public static double[] Linq(double[] x)
    {
        double lse = Math.Log(x.Sum(v => Math.Exp(v))); //~ LG0003
        return x.Select(v => v - lse).ToArray();
    }

    // Generic math over the rows of a flat buffer: T.Log(Σ T.Exp(x)).
    public static void Generic<T>(T[] x, T[] y, int cols) where T : IFloatingPointIeee754<T>
    {
        for (int r = 0; r < x.Length / cols; r++)
        {
            T sum = T.Zero;
            for (int c = 0; c < cols; c++)
            {
                sum += T.Exp(x[r * cols + c]); //~ LG0003
            }

            T logSum = T.Log(sum);
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = x[r * cols + c] - logSum;
            }
        }
    }
}
