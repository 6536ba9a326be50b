// Source: extension methods on rectangular arrays in C# ML helper libraries (shape of kowaliszyn-pl/ml-csharp
// ArrayExtensions.Softmax on float[,]: rows are samples, max seeded with the row's first element).
// Layout: float[rows, cols]; softmax over the columns of each row; returns a new array.
// Correct.
using System;

namespace HeldOut7.Softmax2DArrayExtension
{
    public static class MatrixExtensions
    {
        public static float[,] SoftmaxRows(this float[,] source)
        {
            int rows = source.GetLength(0);
            int cols = source.GetLength(1);
            var result = new float[rows, cols];
            for (int r = 0; r < rows; r++)
            {
                float max = source[r, 0];
                for (int c = 1; c < cols; c++)
                {
                    if (source[r, c] > max)
                    {
                        max = source[r, c];
                    }
                }

                float sum = 0f;
                for (int c = 0; c < cols; c++)
                {
                    result[r, c] = MathF.Exp(source[r, c] - max);
                    sum += result[r, c];
                }

                for (int c = 0; c < cols; c++)
                {
                    result[r, c] /= sum;
                }
            }

            return result;
        }
    }
}
