// Bug variants: a row normaliser written as a local function that takes the row as a parameter (an array, a span
// slice of a flat batch, the whole 2-D batch), shifted by a peak folded over every row of the batch in the enclosing
// method, captured or passed to a static local function (LG0001 at the fold: the max spans more than the row).
// Source: C# softmax code that keeps its per-row helper inside the method (local functions since C# 7), as in
// hand-written attention and classifier heads; variants written for the localfn review (by construction).
// Layout: double[][] [batch][classes]; float[] flat [rows * cols] row slices; float[,] [batch, classes].
using System;

namespace Recreations.LocalFunctionRowsBatchPeak;

public static class LocalFunctionRowSoftmax
{
    public static void JaggedCapturedPeak(double[][] rows)
    {
        double peak = double.NegativeInfinity;
        foreach (var r in rows)
        {
            for (int j = 0; j < r.Length; j++)
            {
                peak = Math.Max(peak, r[j]); //~ LG0001
            }
        }

        foreach (var r in rows)
        {
            Normalise(r);
        }

        void Normalise(double[] row)
        {
            double sum = 0;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = Math.Exp(row[j] - peak);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }

    public static void FlatSlicesPassedPeak(float[] logits, int rows, int cols)
    {
        float peak = float.NegativeInfinity;
        for (int k = 0; k < rows * cols; k++)
        {
            peak = MathF.Max(peak, logits[k]); //~ LG0001
        }

        for (int r = 0; r < rows; r++)
        {
            SoftmaxRow(logits.AsSpan(r * cols, cols), peak);
        }

        static void SoftmaxRow(Span<float> row, float shift)
        {
            float sum = 0f;
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = MathF.Exp(row[c] - shift);
                sum += row[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                row[c] /= sum;
            }
        }
    }

    public static void WholeBatchOneCall(float[,] x)
    {
        float peak = float.MinValue;
        for (int i = 0; i < x.GetLength(0); i++)
        {
            for (int j = 0; j < x.GetLength(1); j++)
            {
                peak = MathF.Max(peak, x[i, j]); //~ LG0001
            }
        }

        Normalise(x);

        void Normalise(float[,] batch)
        {
            for (int i = 0; i < batch.GetLength(0); i++)
            {
                float sum = 0f;
                for (int j = 0; j < batch.GetLength(1); j++)
                {
                    batch[i, j] = MathF.Exp(batch[i, j] - peak);
                    sum += batch[i, j];
                }

                for (int j = 0; j < batch.GetLength(1); j++)
                {
                    batch[i, j] /= sum;
                }
            }
        }
    }
}
