// expect: gradient
// Spherical (r, polar θ, azimuth φ) triples to Cartesian (x, y, z), as in a point-cloud or direction-encoding layer,
// float, each triple a slice of the row. Shape from physics/graphics conversion helpers; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(9)]
public partial class SphericalToCartesianFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int p = 0; p < x.Length / 3; p++)
        {
            ReadOnlySpan<float> s = x.Slice(3 * p, 3);
            Span<float> c = y.Slice(3 * p, 3);
            float r = s[0];
            float sinTheta = MathF.Sin(s[1]);
            c[0] = r * sinTheta * MathF.Cos(s[2]);
            c[1] = r * sinTheta * MathF.Sin(s[2]);
            c[2] = r * MathF.Cos(s[1]);
        }
    }
}
