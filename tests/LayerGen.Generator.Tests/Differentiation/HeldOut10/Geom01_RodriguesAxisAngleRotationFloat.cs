// expect: gradient
// rows: no-large
// a rotation vector of length ~1000 rad turns the output by a full turn per 2π of |ω|: no difference quotient at h = 0.01 follows it.
// Geometry: Rodrigues' rotation formula v′ = v cos θ + (k × v) sin θ + k (k·v)(1 − cos θ) with the axis–angle vector ω
// in x[0..3] (θ = |ω|, k = ω/θ; a Taylor guard for tiny θ as robotics code writes it) applied to two vectors x[3..6],
// x[6..9] through a void helper writing y.Slice windows.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(9, 6)]
public partial class RodriguesAxisAngleRotationFloat
{
    static void Rotate(ReadOnlySpan<float> k, float cos, float sin, ReadOnlySpan<float> v, Span<float> o)
    {
        float dot = k[0] * v[0] + k[1] * v[1] + k[2] * v[2];
        o[0] = v[0] * cos + (k[1] * v[2] - k[2] * v[1]) * sin + k[0] * dot * (1.0f - cos);
        o[1] = v[1] * cos + (k[2] * v[0] - k[0] * v[2]) * sin + k[1] * dot * (1.0f - cos);
        o[2] = v[2] * cos + (k[0] * v[1] - k[1] * v[0]) * sin + k[2] * dot * (1.0f - cos);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float theta = MathF.Sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        Span<float> axis = stackalloc float[3];
        if (theta < 1e-6f)
        {
            axis[0] = 1.0f; axis[1] = 0.0f; axis[2] = 0.0f;
        }
        else
        {
            for (int c = 0; c < 3; c++) axis[c] = x[c] / theta;
        }
        float cos = MathF.Cos(theta), sin = MathF.Sin(theta);
        Rotate(axis, cos, sin, x.Slice(3, 3), y.Slice(0, 3));
        Rotate(axis, cos, sin, x.Slice(6, 3), y.Slice(3, 3));
    }
}
