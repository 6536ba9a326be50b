// Variant (our own code) of the Backward of the C++ softmax::derivative(activations, index) =
// activations[index] * (1 - activations[index]) found in a small network library, applied per element of a
// row-major batch right after the batch softmax, as the buggy version in seed 004 did.
// Layout: row-major float[batch, classes], softmax and backward in one method; the complement written (1f - y).
// Bug (LG0007).
using System;

namespace Recreations.Backward.RowMajorBatchDiagonalInPlace;

public static class SoftmaxLayer
{
    public static void ForwardBackward(float[,] x, float[,] dy, float[,] dx)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float max = float.MinValue;
            for (int c = 0; c < cols; c++)
            {
                if (x[r, c] > max)
                {
                    max = x[r, c];
                }
            }

            float sum = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = MathF.Exp(x[r, c] - max);
                sum += y[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] /= sum;
            }

            for (int c = 0; c < cols; c++)
            {
                dx[r, c] = (1f - y[r, c]) * y[r, c] * dy[r, c]; //~ LG0007
            }
        }
    }
}
