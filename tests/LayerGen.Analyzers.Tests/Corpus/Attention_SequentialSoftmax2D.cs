// Pattern seen in C# transformer / attention teaching code (code search for "Math.Exp(input[i, j] - max)";
// e.g. a SequentialSoftmax2D(float[,] input) helper next to a Parallel.For matrix transpose; re-created).
// Row-wise softmax with the max and sum inside the row loop: correct, no diagnostic.
using System;

namespace Corpus.Attention
{
    public static class MatrixOps
    {
        public static float[,] SequentialSoftmax2D(float[,] input)
        {
            int rows = input.GetLength(0);
            int cols = input.GetLength(1);
            var output = new float[rows, cols];
            for (int i = 0; i < rows; i++)
            {
                float max = float.NegativeInfinity;
                for (int j = 0; j < cols; j++)
                {
                    if (input[i, j] > max) max = input[i, j];
                }

                float sum = 0;
                for (int j = 0; j < cols; j++)
                {
                    output[i, j] = (float)Math.Exp(input[i, j] - max);
                    sum += output[i, j];
                }

                for (int j = 0; j < cols; j++)
                {
                    output[i, j] /= sum;
                }
            }

            return output;
        }

        public static float[,] SoftmaxWithFloor(float[,] matrix)
        {
            int r = matrix.GetLength(0), c = matrix.GetLength(1);
            var res = new float[r, c];
            for (int i = 0; i < r; i++)
            {
                float max = float.MinValue;
                for (int j = 0; j < c; j++) max = Math.Max(max, matrix[i, j]);
                float sum = 0;
                for (int j = 0; j < c; j++)
                {
                    res[i, j] = (float)Math.Exp(matrix[i, j] - max);
                    sum += res[i, j];
                }

                if (sum == 0) sum = 1e-9f;
                for (int j = 0; j < c; j++) res[i, j] /= sum;
            }

            return res;
        }
    }
}
