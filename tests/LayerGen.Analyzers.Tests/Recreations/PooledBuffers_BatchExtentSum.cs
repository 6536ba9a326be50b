// Bug variants (LG0002): exps kept in a pooled, stack or over-allocated buffer whose data extent is rows * cols (not
// its Length), then ONE sum over [0, rows * cols): every row's exps, not one row's. The row length comes from a row
// of the input (`logits[0].Length`), which is a row's extent, never the flat buffer's.
// Source: pooled-buffer batch post-processing in C# inference engines (ArrayPool<float>.Shared.Rent, stackalloc
// scratch, a capacity-sized scratch array reused across calls) — the shape of HeldOut6's ArrayPoolBatchExpsTotal,
// written anew with other spellings.
// Layout: jagged [rows][cols] or flat [batch, classes] input; scratch holds exps at r * cols + j.
using System;
using System.Buffers;

namespace Recreations.PooledBuffersBatchExtent;

public static class PooledSoftmax
{
    // Rented buffer, extent held in a local `n = rows * cols`, summed by a while loop.
    public static double[][] RentedWhileTotal(double[][] logits)
    {
        int rows = logits.Length;
        int cols = logits[0].Length;
        int n = rows * cols;
        double[] scratch = ArrayPool<double>.Shared.Rent(n);
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = Math.Max(m, logits[r][j]);
            for (int j = 0; j < cols; j++) scratch[r * cols + j] = Math.Exp(logits[r][j] - m);
        }

        double z = 0.0;
        int k = 0;
        while (k < n)
        {
            z += scratch[k]; //~ LG0002
            k++;
        }

        var probabilities = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            probabilities[r] = new double[cols];
            for (int j = 0; j < cols; j++) probabilities[r][j] = scratch[r * cols + j] / z;
        }

        ArrayPool<double>.Shared.Return(scratch);
        return probabilities;
    }

    // stackalloc'd exps over a flat [batch, classes] input; the sum walks the first batch * classes entries.
    public static void StackScratchTotal(ReadOnlySpan<float> x, Span<float> y, int batch, int classes)
    {
        Span<float> e = stackalloc float[batch * classes];
        for (int b = 0; b < batch; b++)
        {
            float m = float.MinValue;
            for (int c = 0; c < classes; c++) m = MathF.Max(m, x[b * classes + c]);
            for (int c = 0; c < classes; c++) e[b * classes + c] = MathF.Exp(x[b * classes + c] - m);
        }

        float total = 0f;
        for (int k = 0; k < batch * classes; k++)
        {
            total += e[k]; //~ LG0002
        }

        for (int k = 0; k < batch * classes; k++)
        {
            y[k] = e[k] / total;
        }
    }

    // A scratch array sized by capacity (larger than the data); the rows' exps fill its first rows * cols entries.
    public static float[][] CapacityScratchTotal(float[][] logits, float[] scratch)
    {
        int rows = logits.Length;
        int cols = logits[0].Length;
        for (int r = 0; r < rows; r++)
        {
            float m = logits[r][0];
            for (int j = 1; j < cols; j++) if (logits[r][j] > m) m = logits[r][j];
            for (int j = 0; j < cols; j++) scratch[r * cols + j] = MathF.Exp(logits[r][j] - m);
        }

        float sum = 0f;
        for (int k = 0; k < rows * cols; k++) sum += scratch[k]; //~ LG0002

        var result = new float[rows][];
        for (int r = 0; r < rows; r++)
        {
            result[r] = new float[cols];
            for (int j = 0; j < cols; j++) result[r][j] = scratch[r * cols + j] * (1f / sum);
        }

        return result;
    }
}
