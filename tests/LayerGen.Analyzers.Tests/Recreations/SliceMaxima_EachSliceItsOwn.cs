// Correct twins of SliceMaxima_FoldedIntoOne: the per-slice maxima are stored in an array and each slice is shifted
// by its own element; one file also folds them into a batch maximum that is only returned (a confidence scale), never
// subtracted.
// Source: batched attention and ODIN-style scoring ports (see the buggy twin).
// Layout: float[B, H, K] with per-(batch, head) maxima in float[B, H]; jagged double[][] with LINQ per-row maxima;
// double[classes, batch] column-major with per-column maxima and a returned batch maximum; flat ReadOnlySpan<float>
// rows with stackalloc per-row maxima.
using System;
using System.Linq;

namespace Recreations.SliceMaximaEachSliceItsOwn;

public static class SliceMaxima
{
    public static void HeadsOfOneBatch(float[,,] scores, float[,,] attention)
    {
        int batch = scores.GetLength(0);
        int heads = scores.GetLength(1);
        int keys = scores.GetLength(2);
        var headMax = new float[batch, heads];
        for (int b = 0; b < batch; b++)
            for (int h = 0; h < heads; h++)
            {
                headMax[b, h] = float.NegativeInfinity;
                for (int k = 0; k < keys; k++)
                    headMax[b, h] = MathF.Max(headMax[b, h], scores[b, h, k]);
            }

        for (int b = 0; b < batch; b++)
            for (int h = 0; h < heads; h++)
            {
                float z = 0f;
                for (int k = 0; k < keys; k++)
                {
                    attention[b, h, k] = MathF.Exp(scores[b, h, k] - headMax[b, h]);
                    z += attention[b, h, k];
                }

                for (int k = 0; k < keys; k++)
                    attention[b, h, k] /= z;
            }
    }

    public static double[][] LinqRows(double[][] rows)
    {
        double[] rowMax = rows.Select(r => r.Max()).ToArray();
        var result = new double[rows.Length][];
        for (int i = 0; i < rows.Length; i++)
        {
            var e = new double[rows[i].Length];
            double z = 0.0;
            for (int j = 0; j < e.Length; j++)
            {
                e[j] = Math.Exp(rows[i][j] - rowMax[i]);
                z += e[j];
            }

            for (int j = 0; j < e.Length; j++)
                e[j] /= z;
            result[i] = e;
        }

        return result;
    }

    public static double ColumnMajor(double[,] logits, double[,] probabilities)
    {
        int classes = logits.GetLength(0);
        int batch = logits.GetLength(1);
        var columnMax = new double[batch];
        for (int n = 0; n < batch; n++)
        {
            columnMax[n] = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                if (logits[c, n] > columnMax[n]) columnMax[n] = logits[c, n];
        }

        double g = double.NegativeInfinity;
        for (int n = 0; n < batch; n++)
            if (columnMax[n] > g) g = columnMax[n];

        for (int n = 0; n < batch; n++)
        {
            double z = 0.0;
            for (int c = 0; c < classes; c++)
            {
                probabilities[c, n] = Math.Exp(logits[c, n] - columnMax[n]);
                z += probabilities[c, n];
            }

            for (int c = 0; c < classes; c++)
                probabilities[c, n] /= z;
        }

        return g;
    }

    public static void SpanRows(ReadOnlySpan<float> x, int cols, Span<float> y)
    {
        int rows = x.Length / cols;
        Span<float> rowMax = stackalloc float[rows];
        for (int r = 0; r < rows; r++)
        {
            rowMax[r] = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                rowMax[r] = MathF.Max(rowMax[r], x[r * cols + c]);
        }

        for (int r = 0; r < rows; r++)
        {
            float z = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - rowMax[r]);
                z += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= z;
        }
    }
}
