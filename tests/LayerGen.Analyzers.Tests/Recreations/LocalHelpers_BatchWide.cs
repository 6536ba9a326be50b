// Bug variants: the helper of a batch softmax declared inside the method — a local function that fills one column
// of the output with exps of logits minus a shift and returns their sum, a lambda bound to a Func that returns the
// largest logit of the whole batch — passed (or returning) a maximum of the whole batch (LG0001).
// Source: C# softmax code that keeps its helpers private to the method (local functions since C# 7, Func lambdas in
// older code): column-major [classes, batch] activations as in hand-written Z = W·X layers; jagged batches.
// Layout: double[,] [classes, batch] (softmax per column); float[][] [batch][classes] (softmax per row).
using System;

namespace Recreations.LocalHelpersBatchWide;

public static class LocalHelperSoftmax
{
    public static void ColumnFillWithBatchMax(double[,] z, double[,] a)
    {
        double max = double.NegativeInfinity;
        for (int k = 0; k < z.GetLength(0); k++)
        {
            for (int t = 0; t < z.GetLength(1); t++)
            {
                max = Math.Max(max, z[k, t]); //~ LG0001
            }
        }

        for (int s = 0; s < z.GetLength(1); s++)
        {
            double sum = FillColumn(z.GetLength(0), a, s, z, max);
            for (int k = 0; k < z.GetLength(0); k++)
            {
                a[k, s] /= sum;
            }
        }

        static double FillColumn(int classes, double[,] target, int column, double[,] logits, double shift)
        {
            double total = 0;
            for (int k = 0; k < classes; k++)
            {
                target[k, column] = Math.Exp(logits[k, column] - shift);
                total += target[k, column];
            }

            return total;
        }
    }

    public static float[][] LambdaBatchMax(float[][] x)
    {
        Func<float[][], float> batchMax = rows =>
        {
            float m = float.NegativeInfinity;
            foreach (float[] row in rows)
            {
                foreach (float v in row)
                {
                    m = MathF.Max(m, v); //~ LG0001
                }
            }

            return m;
        };

        float shift = batchMax(x);
        var y = new float[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = new float[x[i].Length];
            float s = 0f;
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] = MathF.Exp(x[i][j] - shift);
                s += y[i][j];
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] /= s;
            }
        }

        return y;
    }
}
