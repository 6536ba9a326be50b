// Variants (our own code) of HeldOut4/ParallelForLockedSharedMax.cs, the correct twins of FoldOfFolds_AcrossRows.cs:
// each row's max (or sum) is folded in a local and copied once into a per-row slot or a per-row local, never folded
// across rows; the shared across-row value, where there is one, only feeds a statistic, not the softmax.
// Layouts: row-major flat float[] with Parallel.For, double[,] sequential, float[][] jagged. Correct.
using System;
using System.Threading.Tasks;

namespace Recreations.FoldOfFolds_PerRow;

public static class BatchSoftmax
{
    public static void ParallelPerRowMax(float[] x, float[] y, int rows, int cols)
    {
        var rowMax = new float[rows];
        Parallel.For(0, rows, r =>
        {
            float local = float.MinValue;
            for (int c = 0; c < cols; c++)
                local = MathF.Max(local, x[r * cols + c]);
            rowMax[r] = local;
        });

        Parallel.For(0, rows, r =>
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - rowMax[r]);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= sum;
        });
    }

    public static double SequentialRowMaxWithGlobalStatistic(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        double largestLogit = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                m = Math.Max(m, x[r, c]);
            largestLogit = Math.Max(largestLogit, m);
            double s = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - m);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++)
                y[r, c] /= s;
        }

        return largestLogit;
    }

    public static float RowSumsWithTotalMass(float[][] x, float[][] y)
    {
        float mass = 0f;
        for (int r = 0; r < x.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < x[r].Length; c++)
                m = MathF.Max(m, x[r][c]);
            float rowSum = 0f;
            for (int c = 0; c < x[r].Length; c++)
            {
                y[r][c] = MathF.Exp(x[r][c] - m);
                rowSum += y[r][c];
            }

            for (int c = 0; c < y[r].Length; c++)
                y[r][c] /= rowSum;
            mass += rowSum;
        }

        return mass;
    }
}
