// Variants (our own code) of HeldOut4/ParallelForLockedSharedMax.cs, in the shapes of CPU batch kernels
// (NeuralNetwork.NET / SiaNet-style Parallel.For passes and their sequential ports): each row's own max or sum is
// folded in a local, then folded again into one shared value across rows (under a lock, by Interlocked-free
// comparison, or plainly), and that shared value shifts or normalises every row.
// Layouts: row-major flat float[] with Parallel.For, double[,] sequential, float[][] jagged.
// Bug: LG0001 (a max of the rows' maxima) or LG0002 (a sum of the rows' sums), at the line folding the shared value.
using System;
using System.Threading.Tasks;

namespace Recreations.FoldOfFolds_AcrossRows;

public static class BatchSoftmax
{
    public static void ParallelSharedMaxIf(float[] x, float[] y, int rows, int cols)
    {
        float shared = float.MinValue;
        object gate = new object();
        Parallel.For(0, rows, r =>
        {
            float rowMax = float.MinValue;
            for (int c = 0; c < cols; c++)
                if (x[r * cols + c] > rowMax)
                    rowMax = x[r * cols + c];
            lock (gate)
            {
                if (rowMax > shared) //~ LG0001
                    shared = rowMax;
            }
        });

        Parallel.For(0, rows, r =>
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - shared);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= sum;
        });
    }

    public static void SequentialGlobalOfRowMaxima(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        double global = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                m = Math.Max(m, x[r, c]);
            global = Math.Max(global, m); //~ LG0001
        }

        for (int r = 0; r < rows; r++)
        {
            double s = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - global);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++)
                y[r, c] /= s;
        }
    }

    public static void TotalOfRowSums(float[][] x, float[][] y)
    {
        float total = 0f;
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

            total += rowSum; //~ LG0002
        }

        for (int r = 0; r < y.Length; r++)
            for (int c = 0; c < y[r].Length; c++)
                y[r][c] /= total;
    }
}
