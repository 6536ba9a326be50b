// Correct twins of MinimumAxis_OtherAxisMinima: each slice is shifted by the minimum over its own axis (per row for a
// row softmax, per column for a column softmax), read through the slice's own index.
// Source: soft-assignment and level-population codes (see the buggy twin).
// Layout: double[rows, cols] with double[] temperature per row; flat float[] [rows, cols] softmax down each column
// with per-column minima and a scale beta; jagged double[][] energies with a scalar kT; flat ReadOnlySpan<float>
// rows with stackalloc per-row minima.
using System;

namespace Recreations.MinimumAxisSliceMinima;

public static class SliceMinima
{
    public static void RowMinimaRowSoftmax(double[,] cost, double[] temperature, double[,] p)
    {
        int rows = cost.GetLength(0);
        int cols = cost.GetLength(1);
        var rowMin = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            rowMin[i] = double.PositiveInfinity;
            for (int j = 0; j < cols; j++)
                rowMin[i] = Math.Min(rowMin[i], cost[i, j]);
        }

        for (int i = 0; i < rows; i++)
        {
            double z = 0.0;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(-(cost[i, j] - rowMin[i]) / temperature[i]);
                z += p[i, j];
            }

            for (int j = 0; j < cols; j++)
                p[i, j] /= z;
        }
    }

    public static void FlatColumnSoftmax(float[] cost, int rows, int cols, float beta, float[] p)
    {
        var colMin = new float[cols];
        for (int j = 0; j < cols; j++)
        {
            float least = float.PositiveInfinity;
            for (int i = 0; i < rows; i++)
                least = MathF.Min(least, cost[i * cols + j]);
            colMin[j] = least;
        }

        for (int j = 0; j < cols; j++)
        {
            float z = 0f;
            for (int i = 0; i < rows; i++)
            {
                p[i * cols + j] = MathF.Exp((colMin[j] - cost[i * cols + j]) * beta);
                z += p[i * cols + j];
            }

            for (int i = 0; i < rows; i++)
                p[i * cols + j] /= z;
        }
    }

    public static double[][] JaggedRows(double[][] energies, double kT)
    {
        var least = new double[energies.Length];
        for (int r = 0; r < energies.Length; r++)
        {
            least[r] = double.MaxValue;
            for (int k = 0; k < energies[r].Length; k++)
                if (energies[r][k] < least[r]) least[r] = energies[r][k];
        }

        var result = new double[energies.Length][];
        for (int r = 0; r < energies.Length; r++)
        {
            var w = new double[energies[r].Length];
            double z = 0.0;
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = Math.Exp(-(energies[r][k] - least[r]) / kT);
                z += w[k];
            }

            for (int k = 0; k < w.Length; k++)
                w[k] /= z;
            result[r] = w;
        }

        return result;
    }

    public static void RowMinimaReadByRow(ReadOnlySpan<float> cost, int cols, Span<float> p)
    {
        int rows = cost.Length / cols;
        Span<float> rowMin = stackalloc float[rows];
        for (int r = 0; r < rows; r++)
        {
            rowMin[r] = float.PositiveInfinity;
            for (int c = 0; c < cols; c++)
                rowMin[r] = MathF.Min(rowMin[r], cost[r * cols + c]);
        }

        for (int r = 0; r < rows; r++)
        {
            float z = 0f;
            for (int c = 0; c < cols; c++)
            {
                p[r * cols + c] = MathF.Exp(rowMin[r] - cost[r * cols + c]);
                z += p[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                p[r * cols + c] /= z;
        }
    }
}
