// expect: gradient
// Cartesian (x, y, z) triples to (r, θ = acos(z / r), φ = atan2(y, x)), numpy style with a small epsilon under the
// square root. Shape from scipy/astropy-style cart2sph helpers; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6)]
public partial class CartesianToSphericalAtan2
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 2; p++)
        {
            double cx = x[3 * p], cy = x[3 * p + 1], cz = x[3 * p + 2];
            double r = Math.Sqrt(cx * cx + cy * cy + cz * cz + 1e-12);
            y[3 * p] = r;
            y[3 * p + 1] = Math.Acos(cz / r);
            y[3 * p + 2] = Math.Atan2(cy, cx);
        }
    }
}
