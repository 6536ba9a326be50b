// Sobel gradient magnitude with the 3×3 kernel as a stackalloc initialiser, a common C# habit for small constant
// kernels. docs/custom-layers.md supports `stackalloc T[n]` buffers and static readonly tables; a span over
// initialised elements is listed as outside ("other span locals, e.g. over arrays with elements").
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 4)]
public partial class SobelStackallocInitialiserKernel
{
    const int Size = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> kernel = stackalloc double[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 }; //~ LG11
        for (int r = 1; r < Size - 1; r++)
            for (int c = 1; c < Size - 1; c++)
            {
                double gx = 0, gy = 0;
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++)
                    {
                        double v = x[(r + i - 1) * Size + (c + j - 1)];
                        gx += kernel[i * 3 + j] * v;
                        gy += kernel[j * 3 + i] * v;
                    }
                y[(r - 1) * 2 + (c - 1)] = Math.Sqrt(gx * gx + gy * gy + 1e-9);
            }
    }
}
