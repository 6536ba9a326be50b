// Correct twins of PooledBuffers_BatchExtentSum: the same pooled, stack and capacity-sized scratch buffers, with the
// row length taken from a row of the input, but each row's sum runs over that row's cols entries only. Correct.
// Layout: jagged [rows][cols] or flat [batch, classes] input; scratch holds exps at r * cols + j.
using System;
using System.Buffers;

namespace Recreations.PooledBuffersRowExtent;

public static class PooledSoftmax
{
    public static double[][] RentedWhileTotal(double[][] logits)
    {
        int rows = logits.Length;
        int cols = logits[0].Length;
        int n = rows * cols;
        double[] scratch = ArrayPool<double>.Shared.Rent(n);
        var probabilities = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = Math.Max(m, logits[r][j]);
            for (int j = 0; j < cols; j++) scratch[r * cols + j] = Math.Exp(logits[r][j] - m);
            double z = 0.0;
            int k = r * cols;
            while (k < r * cols + cols)
            {
                z += scratch[k];
                k++;
            }

            probabilities[r] = new double[cols];
            for (int j = 0; j < cols; j++) probabilities[r][j] = scratch[r * cols + j] / z;
        }

        ArrayPool<double>.Shared.Return(scratch);
        return probabilities;
    }

    public static void StackScratchTotal(ReadOnlySpan<float> x, Span<float> y, int batch, int classes)
    {
        Span<float> e = stackalloc float[batch * classes];
        for (int b = 0; b < batch; b++)
        {
            float m = float.MinValue;
            for (int c = 0; c < classes; c++) m = MathF.Max(m, x[b * classes + c]);
            float total = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[b * classes + c] = MathF.Exp(x[b * classes + c] - m);
                total += e[b * classes + c];
            }

            for (int c = 0; c < classes; c++) y[b * classes + c] = e[b * classes + c] / total;
        }
    }

    public static float[][] CapacityScratchTotal(float[][] logits, float[] scratch)
    {
        int rows = logits.Length;
        int cols = logits[0].Length;
        var result = new float[rows][];
        for (int r = 0; r < rows; r++)
        {
            float m = logits[r][0];
            for (int j = 1; j < cols; j++) if (logits[r][j] > m) m = logits[r][j];
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                scratch[r * cols + j] = MathF.Exp(logits[r][j] - m);
                sum += scratch[r * cols + j];
            }

            result[r] = new float[cols];
            for (int j = 0; j < cols; j++) result[r][j] = scratch[r * cols + j] * (1f / sum);
        }

        return result;
    }
}
