// Linear sRGB → Oklab (Björn Ottosson, 2020) for four pixels: non-negative channels by a stable softplus, the LMS
// matrix, a cube root (Math.Cbrt), the second matrix; matrices in static readonly tables, the per-pixel conversion a
// helper returning a named tuple that the caller deconstructs. Shape of the reference linear_srgb_to_oklab, from memory.
// A user expects the gradient of L, a, b with respect to the raw channels.
// expect: gradient
// rows: no-large
// no-large: at v = −1000 the softplus is exactly 0, so LMS is 0 and the cube root's slope is infinite.
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(12)]
public partial class OklabFromLinearRgbTupleHelper
{
    static readonly double[] M1 =
    {
        0.4122214708, 0.5363325363, 0.0514459929,
        0.2119034982, 0.6806995451, 0.1073969566,
        0.0883024619, 0.2817188376, 0.6299787005,
    };
    static readonly double[] M2 =
    {
        0.2104542553, 0.7936177850, -0.0040720468,
        1.9779984951, -2.4285922050, 0.4505937099,
        0.0259040371, 0.7827717662, -0.8086757660,
    };

    static double Softplus(double v) => Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));

    static (double L, double A, double B) ToOklab(double r, double g, double b)
    {
        double l = Math.Cbrt(M1[0] * r + M1[1] * g + M1[2] * b);
        double m = Math.Cbrt(M1[3] * r + M1[4] * g + M1[5] * b);
        double s = Math.Cbrt(M1[6] * r + M1[7] * g + M1[8] * b);
        return (M2[0] * l + M2[1] * m + M2[2] * s,
                M2[3] * l + M2[4] * m + M2[5] * s,
                M2[6] * l + M2[7] * m + M2[8] * s);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 4; p++)
        {
            var (lightness, a, b) = ToOklab(Softplus(x[3 * p]), Softplus(x[3 * p + 1]), Softplus(x[3 * p + 2]));
            y[3 * p] = lightness;
            y[3 * p + 1] = a;
            y[3 * p + 2] = b;
        }
    }
}
