// Variant (our own code) of mdabros/SharpLearning's SoftMaxActivation.Activation with a capturing local function:
// the local function returns the largest value of the whole matrix, and it is called once before the row loop.
// Layout: row-major float[rows, cols]; local function Largest() over both dimensions. Bug (LG0001).
using System;

namespace HeldOut.LocalFunctionWholeMax;

public static class SoftMaxActivation
{
    public static void Activation(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);

        float Largest()
        {
            float m = float.NegativeInfinity;
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    m = MathF.Max(m, x[r, c]); //~ LG0001
                }
            }

            return m;
        }

        float max = Largest();
        for (int r = 0; r < rows; r++)
        {
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
