// expect: gradient
// A hash-free multiresolution grid encoding (Instant-NGP's idea without the hash: dense 1-D grids of 2, 4 and 8 cells)
// for three coordinates squashed by a sigmoid into (0, 1): per level the cell index from the data, clamped to the last
// cell, and linear interpolation between two learnable grid values; resolutions in a static readonly table and a
// running table offset. Shape from tiny-cuda-nn / torch-ngp dense grid encoders; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(3, 9)]
public partial class DenseMultiresGridEncodingLearnable
{
    static readonly int[] Resolutions = { 2, 4, 8 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(17, StandardDeviation = 0.5)] ReadOnlySpan<double> grid)
    {
        for (int c = 0; c < x.Length; c++)
        {
            double p = 1.0 / (1.0 + Math.Exp(-x[c]));
            int offset = 0;
            for (int level = 0; level < Resolutions.Length; level++)
            {
                int res = Resolutions[level];
                double t = p * res;
                int cell = Math.Min((int)t, res - 1);
                double f = t - cell;
                y[c * Resolutions.Length + level] = grid[offset + cell] * (1 - f) + grid[offset + cell + 1] * f;
                offset += res + 1;
            }
        }
    }
}
