// Correct twins of LocalFunctionRows_BatchPeak: the same local-function row normalisers, each row shifted by its own
// peak, folded inside the local function or in the caller's row loop and passed in (no diagnostic).
// Source: C# softmax code that keeps its per-row helper inside the method (local functions since C# 7); written for
// the localfn review (by construction).
// Layout: double[][] [batch][classes]; float[] flat [rows * cols] row slices; float[,] [batch, classes].
using System;

namespace Recreations.LocalFunctionRowsRowPeak;

public static class LocalFunctionRowSoftmax
{
    public static void JaggedOwnPeak(double[][] rows)
    {
        foreach (var r in rows)
        {
            Normalise(r);
        }

        void Normalise(double[] row)
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                peak = Math.Max(peak, row[j]);
            }

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

    public static void FlatSlicesRowPeakPassed(float[] logits, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float peak = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                peak = MathF.Max(peak, logits[r * cols + c]);
            }

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
        Normalise(x);

        void Normalise(float[,] batch)
        {
            for (int i = 0; i < batch.GetLength(0); i++)
            {
                float peak = float.MinValue;
                for (int j = 0; j < batch.GetLength(1); j++)
                {
                    peak = MathF.Max(peak, batch[i, j]);
                }

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
