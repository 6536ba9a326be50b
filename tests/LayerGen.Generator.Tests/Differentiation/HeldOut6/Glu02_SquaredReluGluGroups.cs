// expect: gradient
// A GLU variant with a squared-ReLU gate (Primer's ReLU², So et al. 2021, used as a GLU gate): the row is three
// groups of [value (2) | gate (2)], out = value · max(gate, 0)², group offsets by integer index math. Shape from
// GLU-variant feed-forward blocks (Shazeer 2020); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(12, 6)]
public partial class SquaredReluGluGroups
{
    const int Groups = 3, Width = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int g = 0; g < Groups; g++)
        {
            int baseIndex = g * 2 * Width;
            for (int j = 0; j < Width; j++)
            {
                double relu = Math.Max(x[baseIndex + Width + j], 0);
                y[g * Width + j] = x[baseIndex + j] * relu * relu;
            }
        }
    }
}
