// Image ops on a row as a 4×4 image: horizontal and vertical central differences, the pixel's row and column
// recovered from the flat index with Math.DivRem's (quotient, remainder) tuple — deconstruction of a call that is
// not a helper of the file (write i / Width and i % Width).
// Shape: an OpenCV-style Sobel-less gradient written by a C# developer who likes Math.DivRem.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16, 32)]
public partial class ImageGradientMathDivRem
{
    const int Width = 4, Height = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            var (row, col) = Math.DivRem(i, Width); //~ LG11
            int left = Math.Max(col - 1, 0), right = Math.Min(col + 1, Width - 1);
            int up = Math.Max(row - 1, 0), down = Math.Min(row + 1, Height - 1);
            y[i] = 0.5 * (x[row * Width + right] - x[row * Width + left]);
            y[16 + i] = 0.5 * (x[down * Width + col] - x[up * Width + col]);
        }
    }
}
