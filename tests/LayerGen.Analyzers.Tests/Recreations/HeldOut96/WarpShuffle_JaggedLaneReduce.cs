// Idiom: warp-per-row softmax with warp-shuffle-style lane reductions (butterfly __shfl_xor over 32 lanes).
// Use: each lane folds a strided part of its row, the lanes exchange partials through a ShuffleXor helper until every
// lane holds the row max (then the row sum), and each lane writes its own columns.
// Layout: jagged double[batch][classes]; one warp per row.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.WarpShuffle_JaggedLaneReduce;

public static class WarpSoftmax
{
    private const int WarpSize = 32;

    private static double[] ShuffleXor(double[] lanes, int laneMask)
    {
        var moved = new double[WarpSize];
        for (int lane = 0; lane < WarpSize; lane++)
        {
            moved[lane] = lanes[lane ^ laneMask];
        }

        return moved;
    }

    public static double[][] Forward(double[][] x)
    {
        var y = new double[x.Length][];
        for (int warp = 0; warp < x.Length; warp++)
        {
            double[] row = x[warp];
            int n = row.Length;
            var regs = new double[WarpSize];

            for (int lane = 0; lane < WarpSize; lane++)
            {
                double m = double.NegativeInfinity;
                for (int c = lane; c < n; c += WarpSize)
                {
                    m = Math.Max(m, row[c]);
                }

                regs[lane] = m;
            }

            for (int mask = WarpSize / 2; mask > 0; mask >>= 1)
            {
                double[] other = ShuffleXor(regs, mask);
                for (int lane = 0; lane < WarpSize; lane++)
                {
                    regs[lane] = Math.Max(regs[lane], other[lane]);
                }
            }

            double rowMax = regs[0];
            var outRow = new double[n];
            for (int lane = 0; lane < WarpSize; lane++)
            {
                double s = 0.0;
                for (int c = lane; c < n; c += WarpSize)
                {
                    outRow[c] = Math.Exp(row[c] - rowMax);
                    s += outRow[c];
                }

                regs[lane] = s;
            }

            for (int mask = WarpSize / 2; mask > 0; mask >>= 1)
            {
                double[] other = ShuffleXor(regs, mask);
                for (int lane = 0; lane < WarpSize; lane++)
                {
                    regs[lane] += other[lane];
                }
            }

            double rowSum = regs[0];
            for (int c = 0; c < n; c++)
            {
                outRow[c] /= rowSum;
            }

            y[warp] = outRow;
        }

        return y;
    }
}
