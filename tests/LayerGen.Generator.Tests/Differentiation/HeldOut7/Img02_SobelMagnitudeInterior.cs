// Sobel edge magnitude on the row viewed as a 6×6 image, over the 4×4 interior (no padding, "valid"): the two 3×3
// kernels as real tables indexed by row/column offsets from −1 to 1, magnitude √(gx² + gy² + ε) as kornia does.
// Shape of kornia.filters.sobel / skimage.filters.sobel on the interior, from memory.
// A user expects the gradient of the magnitude.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(36, 16)]
public partial class SobelMagnitudeInterior
{
    const int Size = 6, Inner = 4;
    const double Eps = 1e-6;
    static readonly double[] Kx = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
    static readonly double[] Ky = { -1, -2, -1, 0, 0, 0, 1, 2, 1 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int r = 1; r <= Inner; r++)
        {
            for (int c = 1; c <= Inner; c++)
            {
                double gx = 0, gy = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                    {
                        double v = x[(r + dr) * Size + (c + dc)];
                        int k = (dr + 1) * 3 + (dc + 1);
                        gx += Kx[k] * v;
                        gy += Ky[k] * v;
                    }
                y[(r - 1) * Inner + (c - 1)] = Math.Sqrt(gx * gx + gy * gy + Eps);
            }
        }
    }
}
