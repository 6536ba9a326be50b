// Bug variants: the minimum that shifts a Boltzmann-style exp(-(cost - min) / T) is taken over the wrong axis (per
// column for a per-row softmax, per position across rows) or read through the wrong index (a row's minimum picked by
// the column variable): the shift varies along the softmax axis, so every probability is wrong (LG0004), whatever
// the sign of the factor it is scaled by.
// Source: soft-assignment and level-population codes that keep "a reference energy per column" — the shape of
// HeldOut10's LevelPopulations_MinPerLevel, written anew in other layouts.
// Layout: double[rows, cols] with double[] temperature per row; flat float[] [rows, cols] with a scale beta; jagged
// double[][] energies with a scalar kT; flat ReadOnlySpan<float> rows with stackalloc per-row minima.
using System;

namespace Recreations.MinimumAxisOtherAxisMinima;

public static class OtherAxisMinima
{
    public static void ColumnMinimaRowSoftmax(double[,] cost, double[] temperature, double[,] p)
    {
        int rows = cost.GetLength(0);
        int cols = cost.GetLength(1);
        var colMin = new double[cols];
        for (int j = 0; j < cols; j++)
        {
            colMin[j] = double.PositiveInfinity;
            for (int i = 0; i < rows; i++)
                colMin[j] = Math.Min(colMin[j], cost[i, j]); //~ LG0004
        }

        for (int i = 0; i < rows; i++)
        {
            double z = 0.0;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(-(cost[i, j] - colMin[j]) / temperature[i]);
                z += p[i, j];
            }

            for (int j = 0; j < cols; j++)
                p[i, j] /= z;
        }
    }

    public static void FlatScaled(float[] cost, int rows, int cols, float beta, float[] p)
    {
        var colMin = new float[cols];
        for (int j = 0; j < cols; j++)
        {
            float least = float.PositiveInfinity;
            for (int i = 0; i < rows; i++)
                least = MathF.Min(least, cost[i * cols + j]); //~ LG0004
            colMin[j] = least;
        }

        for (int i = 0; i < rows; i++)
        {
            float z = 0f;
            for (int j = 0; j < cols; j++)
            {
                p[i * cols + j] = MathF.Exp((colMin[j] - cost[i * cols + j]) * beta);
                z += p[i * cols + j];
            }

            for (int j = 0; j < cols; j++)
                p[i * cols + j] /= z;
        }
    }

    public static double[][] JaggedPositions(double[][] energies, double kT)
    {
        int width = energies[0].Length;
        var least = new double[width];
        for (int k = 0; k < width; k++)
        {
            least[k] = double.MaxValue;
            for (int r = 0; r < energies.Length; r++)
                if (energies[r][k] < least[k]) least[k] = energies[r][k]; //~ LG0004
        }

        var result = new double[energies.Length][];
        for (int r = 0; r < energies.Length; r++)
        {
            var w = new double[width];
            double z = 0.0;
            for (int k = 0; k < width; k++)
            {
                w[k] = Math.Exp(-(energies[r][k] - least[k]) / kT);
                z += w[k];
            }

            for (int k = 0; k < width; k++)
                w[k] /= z;
            result[r] = w;
        }

        return result;
    }

    public static void RowMinimaReadByColumn(ReadOnlySpan<float> cost, int cols, Span<float> p)
    {
        int rows = cost.Length / cols;
        Span<float> rowMin = stackalloc float[Math.Max(rows, cols)];
        for (int r = 0; r < rows; r++)
        {
            rowMin[r] = float.PositiveInfinity;
            for (int c = 0; c < cols; c++)
                rowMin[r] = MathF.Min(rowMin[r], cost[r * cols + c]); //~ LG0004
        }

        for (int r = 0; r < rows; r++)
        {
            float z = 0f;
            for (int c = 0; c < cols; c++)
            {
                p[r * cols + c] = MathF.Exp(rowMin[c] - cost[r * cols + c]);
                z += p[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                p[r * cols + c] /= z;
        }
    }
}
