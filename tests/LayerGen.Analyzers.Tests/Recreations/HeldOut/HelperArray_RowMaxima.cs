// Re-creation (our own code) of the two-pass batched softmax of a C# "Neural Networks from Scratch" port (row maxima
// first, then exps) with the maxima computed by a private helper that returns a float[] of per-row maxima.
// Layout: row-major float[rows, cols]; maxima[i] from RowMaxima(x). Correct.
using System;

namespace HeldOut.HelperArrayRowMaxima;

public static class TwoPassSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float[] maxima = RowMaxima(x);
        var p = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = MathF.Exp(x[i, j] - maxima[i]);
                sum += p[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= sum;
            }
        }

        return p;
    }

    private static float[] RowMaxima(float[,] x)
    {
        var maxima = new float[x.GetLength(0)];
        for (int i = 0; i < maxima.Length; i++)
        {
            maxima[i] = float.NegativeInfinity;
            for (int j = 0; j < x.GetLength(1); j++)
            {
                maxima[i] = MathF.Max(maxima[i], x[i, j]);
            }
        }

        return maxima;
    }
}
