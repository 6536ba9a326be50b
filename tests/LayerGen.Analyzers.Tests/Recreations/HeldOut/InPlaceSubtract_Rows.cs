// Re-creation (our own code) of in-place batched softmax code (kowaliszyn-pl/ml-csharp float[,] extensions style)
// that first subtracts each row's maximum from the row in place, `x[i, j] -= max`, and exponentiates the now-shifted
// entries in a later pass.
// Layout: row-major float[rows, cols]; shift applied in place before the exp pass. Correct.
using System;

namespace HeldOut.InPlaceSubtractRows;

public static class InPlaceSoftmax
{
    public static void Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]);
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
