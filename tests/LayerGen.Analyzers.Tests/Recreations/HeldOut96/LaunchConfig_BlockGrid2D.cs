// Idiom: explicit launch configuration — a LaunchConfig(GridDim, BlockDim) record struct and a Launch helper that runs a
// block body per block index in parallel; inside a block the "threads" run phase by phase (barrier between phases) over
// per-block shared arrays.
// Use: softmax over the rows of a 2D array, one block per row, threads striding over the columns.
// Layout: double[rows, cols] (2D array), row-major rows are samples.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.LaunchConfig_BlockGrid2D;

public readonly record struct LaunchConfig(int GridDim, int BlockDim);

public static class Device
{
    public static void Launch(LaunchConfig config, Action<int, int> blockBody) =>
        Parallel.For(0, config.GridDim, block => blockBody(block, config.BlockDim));
}

public static class SoftmaxLauncher
{
    public static double[,] Softmax(double[,] a)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        var result = new double[rows, cols];
        var config = new LaunchConfig(GridDim: rows, BlockDim: 4);

        Device.Launch(config, (block, blockDim) =>
        {
            var sharedMax = new double[blockDim];
            var sharedSum = new double[blockDim];

            for (int thread = 0; thread < blockDim; thread++)
            {
                double m = double.NegativeInfinity;
                for (int col = thread; col < cols; col += blockDim)
                {
                    if (a[block, col] > m) m = a[block, col];
                }

                sharedMax[thread] = m;
            }

            double rowMax = sharedMax[0];
            for (int thread = 1; thread < blockDim; thread++)
            {
                rowMax = Math.Max(rowMax, sharedMax[thread]);
            }

            for (int thread = 0; thread < blockDim; thread++)
            {
                double s = 0.0;
                for (int col = thread; col < cols; col += blockDim)
                {
                    result[block, col] = double.Exp(a[block, col] - rowMax);
                    s += result[block, col];
                }

                sharedSum[thread] = s;
            }

            double rowSum = 0.0;
            for (int thread = 0; thread < blockDim; thread++)
            {
                rowSum += sharedSum[thread];
            }

            for (int col = 0; col < cols; col++)
            {
                result[block, col] /= rowSum;
            }
        });

        return result;
    }
}
