// Variant (our own code) of the flat row-major softmax of harujoh/KelpNet (Softmax.SingleInputForward, rows at
// b * length) in a square attention map, where the denominator loop reads the transposed index e[j * n + i] (a
// copy-paste from the backward pass): the row maxima are right, the sums run down columns.
// Layout: flat float[n * n]; rowMax[i] over x[i * n + j], sum over e[j * n + i]. Bug (LG0004).
using System;

namespace HeldOut.FlatSquareRowMaxColumnSum;

public static class SquareSoftmax
{
    public static float[] Forward(float[] x, int n)
    {
        var rowMax = new float[n];
        for (int i = 0; i < n; i++)
        {
            rowMax[i] = float.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                rowMax[i] = MathF.Max(rowMax[i], x[i * n + j]); //~ LG0004
            }
        }

        var e = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                e[i * n + j] = MathF.Exp(x[i * n + j] - rowMax[i]);
            }
        }

        var p = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                sum += e[j * n + i];
            }

            for (int j = 0; j < n; j++)
            {
                p[i * n + j] = e[i * n + j] / sum;
            }
        }

        return p;
    }
}
