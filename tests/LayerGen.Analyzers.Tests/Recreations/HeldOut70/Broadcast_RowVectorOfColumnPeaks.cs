// Idiom: a broadcasting helper `SubtractRowVector(float[,], float[])` (a [classes] vector broadcast down every row) fed with peaks folded per column (use: a port of `x - x.max(axis=0)` where axis=1 was meant).
// Layout: `float[,]` [batch, classes]; softmax per row.
// Bug LG0004: the peaks are folded per class over the batch (axis 0), while each row's exps are summed over its classes (axis 1).
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Broadcast_RowVectorOfColumnPeaks;

public static class Broadcasting
{
    public static float[,] SubtractRowVector(float[,] a, float[] row)
    {
        int n = a.GetLength(0);
        int k = a.GetLength(1);
        var r = new float[n, k];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < k; j++)
            {
                r[i, j] = a[i, j] - row[j];
            }
        }

        return r;
    }
}

public static class AxisSoftmax
{
    public static float[,] Softmax(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var colPeak = new float[classes];
        for (int j = 0; j < classes; j++)
        {
            colPeak[j] = float.NegativeInfinity;
        }

        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < classes; j++)
            {
                colPeak[j] = MathF.Max(colPeak[j], x[i, j]); //~ LG0004
            }
        }

        float[,] shifted = Broadcasting.SubtractRowVector(x, colPeak);
        var p = new float[batch, classes];
        for (int i = 0; i < batch; i++)
        {
            float rowSum = 0f;
            for (int j = 0; j < classes; j++)
            {
                p[i, j] = MathF.Exp(shifted[i, j]);
                rowSum += p[i, j];
            }

            for (int j = 0; j < classes; j++)
            {
                p[i, j] /= rowSum;
            }
        }

        return p;
    }
}
