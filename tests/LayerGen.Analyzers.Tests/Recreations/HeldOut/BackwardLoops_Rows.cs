// Re-creation (our own code) of mdabros/SharpLearning's row softmax (SoftMaxActivation.Activation over a row-major
// float matrix) with every loop counting down, as code ported from Fortran-style or cache-tuned kernels does.
// Layout: row-major float[rows, cols], descending loops. Correct.
using System;

namespace HeldOut.BackwardLoopsRows;

public static class DescendingSoftmax
{
    public static void Forward(float[,] x)
    {
        for (int i = x.GetLength(0) - 1; i >= 0; i--)
        {
            float max = float.NegativeInfinity;
            for (int j = x.GetLength(1) - 1; j >= 0; j--)
            {
                max = MathF.Max(max, x[i, j]);
            }

            float sum = 0f;
            for (int j = x.GetLength(1) - 1; j >= 0; j--)
            {
                x[i, j] = MathF.Exp(x[i, j] - max);
                sum += x[i, j];
            }

            for (int j = x.GetLength(1) - 1; j >= 0; j--)
            {
                x[i, j] /= sum;
            }
        }
    }
}
