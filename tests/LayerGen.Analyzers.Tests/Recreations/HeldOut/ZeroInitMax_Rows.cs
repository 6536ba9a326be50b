// Variant (our own code) of the row-major softmax of kowaliszyn-pl/ml-csharp (ArrayExtensions.Softmax over float[,])
// with the very common slip of starting the running maximum at 0 instead of -infinity: a row whose logits are all
// far below 0 is then "shifted" by 0, every exp underflows and the row becomes 0 / 0.
// Layout: row-major float[rows, cols]. Bug (LG0003, by numerics): exp(x - max(0, rowmax)) is unshifted for negative rows.
using System;

namespace HeldOut.ZeroInitMaxRows;

public static class ZeroFloorSoftmax
{
    public static void Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            float max = 0f;
            for (int j = 0; j < cols; j++)
            {
                if (x[i, j] > max)
                {
                    max = x[i, j];
                }
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                x[i, j] = MathF.Exp(x[i, j] - max); //~ LG0003
                sum += x[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                x[i, j] /= sum;
            }
        }
    }
}
