// A display gamma curve by a 17-entry lookup table with linear interpolation, the segment taken by (int) of the scaled
// value inside the index expressions (docs/custom-layers.md: a conversion from data inside an index is outside — assign
// it to an integer local first).
// Shape of: LUT-based gamma/tone curves in image-processing C code (e.g. libjpeg-turbo / ImageSharp-style LUTs), our own.
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class GammaLutCastInsideIndex
{
    private static readonly double[] GammaLut =
    {
        0.0, 0.2807, 0.3846, 0.4626, 0.5270, 0.5826, 0.6321, 0.6769, 0.7181,
        0.7565, 0.7924, 0.8262, 0.8583, 0.8888, 0.9179, 0.9459, 1.0,
    };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double pos = 16 * Math.Clamp(1 / (1 + Math.Exp(-x[i])), 0.0, 0.999);
            y[i] = GammaLut[(int)pos] + (GammaLut[(int)pos + 1] - GammaLut[(int)pos]) * (pos - Math.Floor(pos)); //~ LG11
        }
    }
}
