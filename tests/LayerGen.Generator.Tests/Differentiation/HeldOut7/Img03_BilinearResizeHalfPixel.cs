// Bilinear up-sampling of a 4×4 image to 6×6 with PyTorch's align_corners=False convention: source coordinate
// (o + 0.5)·(in/out) − 0.5 clamped at 0, the two neighbours and the fraction from a helper returning a tuple.
// Shape of F.interpolate(mode="bilinear") / upsample_bilinear2d's area_pixel_compute_source_index, from memory.
// A user expects the (linear) gradient.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 36)]
public partial class BilinearResizeHalfPixel
{
    const int In = 4, Out = 6;

    static (int Lo, int Hi, double Frac) Source(int o)
    {
        double s = (o + 0.5) * ((double)In / Out) - 0.5;
        s = Math.Max(s, 0.0);
        int lo = (int)Math.Floor(s);
        int hi = Math.Min(lo + 1, In - 1);
        return (lo, hi, s - lo);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int oy = 0; oy < Out; oy++)
        {
            var (y0, y1, fy) = Source(oy);
            for (int ox = 0; ox < Out; ox++)
            {
                var (x0, x1, fx) = Source(ox);
                double top = x[y0 * In + x0] * (1 - fx) + x[y0 * In + x1] * fx;
                double bottom = x[y1 * In + x0] * (1 - fx) + x[y1 * In + x1] * fx;
                y[oy * Out + ox] = top * (1 - fy) + bottom * fy;
            }
        }
    }
}
