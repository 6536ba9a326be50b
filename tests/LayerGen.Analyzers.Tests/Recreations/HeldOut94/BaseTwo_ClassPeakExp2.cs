// Idiom: generic base-2 exponentials `T.Exp2((x[b, c] - peak[c]) * log2e)` with the peaks kept in `T[] peak`,
// compared through the generic `>` operator.
// Use: per-sample class probabilities. Layout: `T[batch, classes]` row-major 2D.
// Bug LG0004: `peak[c]` is the max of class c over the batch (down a column) while each sum runs over one sample's
// classes (along a row).
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.BaseTwo_ClassPeakExp2;

public static class Exp2Softmax
{
    public static T[,] PerSample<T>(T[,] x)
        where T : IFloatingPointIeee754<T>
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        T log2e = T.CreateChecked(1.0 / Math.Log(2.0));
        var peak = new T[classes];
        for (int c = 0; c < classes; c++)
        {
            peak[c] = x[0, c];
            for (int b = 1; b < batch; b++)
            {
                if (x[b, c] > peak[c]) peak[c] = x[b, c]; //~ LG0004
            }
        }

        var y = new T[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            T sum = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                y[b, c] = T.Exp2((x[b, c] - peak[c]) * log2e);
                sum += y[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] /= sum;
            }
        }

        return y;
    }

    public static double[,] PerSampleDouble(double[,] x) => PerSample(x);
}
