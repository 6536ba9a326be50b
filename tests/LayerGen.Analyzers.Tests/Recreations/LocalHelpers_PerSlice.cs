// Correct twins: the same method-private helpers computing the maximum of one slice — a local function returning
// the maximum of column s, a Func lambda returning the maximum of one row span.
// Source: C# softmax code with method-private helpers (local functions, Func lambdas); column-major [classes, batch]
// activations; flat row-major batches cut into spans.
// Layout: double[,] [classes, batch] (softmax per column); float[] flat [rows, cols] (softmax per row). Correct.
using System;

namespace Recreations.LocalHelpersPerSlice;

public delegate float SpanMax(ReadOnlySpan<float> row);

public static class LocalHelperSoftmax
{
    public static void ColumnMaxPerColumn(double[,] z, double[,] a)
    {
        for (int s = 0; s < z.GetLength(1); s++)
        {
            double shift = ColumnMax(z, s);
            double sum = 0;
            for (int k = 0; k < z.GetLength(0); k++)
            {
                a[k, s] = Math.Exp(z[k, s] - shift);
                sum += a[k, s];
            }

            for (int k = 0; k < z.GetLength(0); k++)
            {
                a[k, s] /= sum;
            }
        }

        static double ColumnMax(double[,] logits, int column)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < logits.GetLength(0); k++)
            {
                m = Math.Max(m, logits[k, column]);
            }

            return m;
        }
    }

    public static void LambdaRowMax(float[] x, int cols, float[] y)
    {
        SpanMax rowMax = row =>
        {
            float m = row[0];
            for (int j = 1; j < row.Length; j++)
            {
                m = MathF.Max(m, row[j]);
            }

            return m;
        };

        for (int r = 0; r < x.Length / cols; r++)
        {
            float shift = rowMax(x.AsSpan(r * cols, cols));
            float s = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(x[r * cols + j] - shift);
                s += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= s;
            }
        }
    }
}
