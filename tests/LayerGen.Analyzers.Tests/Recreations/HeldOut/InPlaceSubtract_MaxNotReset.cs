// Variant (our own code) of the in-place shift-then-exp batched softmax (kowaliszyn-pl/ml-csharp style): the running
// maximum is declared before the row loop and never reset, so `x[i, j] -= max` subtracts the largest value seen in
// this and all earlier rows.
// Layout: row-major float[rows, cols]; in-place shift. Bug (LG0001): max never reset per row.
using System;

namespace HeldOut.InPlaceSubtractMaxNotReset;

public static class InPlaceSoftmax
{
    public static void Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float max = float.NegativeInfinity;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]); //~ LG0001
            }

            for (int j = 0; j < cols; j++)
            {
                x[i, j] -= max;
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                x[i, j] = MathF.Exp(x[i, j]);
                sum += x[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                x[i, j] /= sum;
            }
        }
    }
}
