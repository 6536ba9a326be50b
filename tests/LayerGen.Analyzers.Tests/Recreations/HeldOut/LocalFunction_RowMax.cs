// Re-creation (our own code) of the row softmax of mdabros/SharpLearning (SoftMaxActivation.Activation over a
// row-major float matrix) restructured with a capturing local function for the row maximum, as newer C# code does.
// Layout: row-major float[rows, cols]; non-static local function RowMax(r) captures the matrix. Correct.
using System;

namespace HeldOut.LocalFunctionRowMax;

public static class SoftMaxActivation
{
    public static void Activation(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);

        float RowMax(int r)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                m = MathF.Max(m, x[r, c]);
            }

            return m;
        }

        for (int r = 0; r < rows; r++)
        {
            float max = RowMax(r);
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                x[r, c] = MathF.Exp(x[r, c] - max);
                sum += x[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                x[r, c] /= sum;
            }
        }
    }
}
