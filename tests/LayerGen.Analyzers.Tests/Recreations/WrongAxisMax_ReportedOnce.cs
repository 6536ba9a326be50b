// Variants (our own code) of HeldOut3/Sequence3DMaxOverTime.cs and ColumnMajorJaggedClassMax.cs: a maximum folded over
// another axis than the sum's (over the batch or over time, per class) is also carried across the sum's slices,
// so it is both "too wide" and "over the wrong axis". One root cause: reported once, as LG0004, whose repair (the
// maximum over the sum's axis, per slice) also resets it.
// Layouts: double[batch, classes] row-major (max per column with Math.Max); float[classes][batch] jagged
// column-major (max per class with a loop); flat float[batch * time * classes] (max per class over time with a
// ternary). Bug in every method: LG0004.
using System;

namespace Recreations.WrongAxisMaxReportedOnce;

public static class WrongAxis
{
    public static void ColumnMaxRowSum(double[,] x, double[,] y)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var colMax = new double[classes];
        Array.Fill(colMax, double.NegativeInfinity);
        for (int b = 0; b < batch; b++)
        {
            for (int k = 0; k < classes; k++)
            {
                colMax[k] = Math.Max(colMax[k], x[b, k]); //~ LG0004
            }
        }

        for (int b = 0; b < batch; b++)
        {
            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                y[b, k] = Math.Exp(x[b, k] - colMax[k]);
                sum += y[b, k];
            }

            for (int k = 0; k < classes; k++)
            {
                y[b, k] /= sum;
            }
        }
    }

    public static void JaggedClassMaxOverBatch(float[][] z, float[][] a)
    {
        int classes = z.Length, batch = z[0].Length;
        var classMax = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            classMax[c] = float.NegativeInfinity;
            for (int s = 0; s < batch; s++)
            {
                if (z[c][s] > classMax[c]) //~ LG0004
                {
                    classMax[c] = z[c][s];
                }
            }
        }

        for (int s = 0; s < batch; s++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                a[c][s] = MathF.Exp(z[c][s] - classMax[c]);
                sum += a[c][s];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c][s] /= sum;
            }
        }
    }

    public static void FlatMaxOverTime(float[] x, float[] y, int batch, int time, int classes)
    {
        var peak = new float[classes];
        for (int b = 0; b < batch; b++)
        {
            for (int k = 0; k < classes; k++)
            {
                peak[k] = float.NegativeInfinity;
            }

            for (int t = 0; t < time; t++)
            {
                for (int k = 0; k < classes; k++)
                {
                    int at = (b * time + t) * classes + k;
                    peak[k] = x[at] > peak[k] ? x[at] : peak[k]; //~ LG0004
                }
            }

            for (int t = 0; t < time; t++)
            {
                int row = (b * time + t) * classes;
                float sum = 0f;
                for (int k = 0; k < classes; k++)
                {
                    y[row + k] = MathF.Exp(x[row + k] - peak[k]);
                    sum += y[row + k];
                }

                for (int k = 0; k < classes; k++)
                {
                    y[row + k] /= sum;
                }
            }
        }
    }
}
