// Source: C# layers that factor the row statistics into a helper with out parameters (RowStatistics(row, out max,
// out sum)) and skip empty rows with an early continue, as hand-written batch softmaxes in course code do.
// Layout: float[,] [rows, cols]; softmax over the columns of each row.
// Correct.
using System;

namespace HeldOut7.OutParamRowStats
{
    public static class OutStatsSoftmax
    {
        public static void Forward(float[,] x, float[,] y)
        {
            int rows = x.GetLength(0);
            int cols = x.GetLength(1);
            for (int r = 0; r < rows; r++)
            {
                if (cols == 0) continue;
                RowStatistics(x, r, out float max, out float sum);
                for (int c = 0; c < cols; c++)
                {
                    y[r, c] = MathF.Exp(x[r, c] - max) / sum;
                }
            }
        }

        private static void RowStatistics(float[,] x, int r, out float max, out float sum)
        {
            int cols = x.GetLength(1);
            max = x[r, 0];
            for (int c = 1; c < cols; c++)
            {
                if (x[r, c] > max) max = x[r, c];
            }

            sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                sum += MathF.Exp(x[r, c] - max);
            }
        }
    }
}
