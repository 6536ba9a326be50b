// Two cross products per row (a × b and b × c of three 3-vectors, the normal of a triangle fan), written with
// MathF.FusedMultiplyAdd the way System.Numerics-minded code does to keep one rounding.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(9, 6)]
public partial class CrossProductsFusedMultiplyAddFloat
{
    static void Cross(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result)
    {
        result[0] = MathF.FusedMultiplyAdd(a[1], b[2], -a[2] * b[1]);
        result[1] = MathF.FusedMultiplyAdd(a[2], b[0], -a[0] * b[2]);
        result[2] = MathF.FusedMultiplyAdd(a[0], b[1], -a[1] * b[0]);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Cross(x.Slice(0, 3), x.Slice(3, 3), y.Slice(0, 3));
        Cross(x.Slice(3, 3), x.Slice(6, 3), y.Slice(3, 3));
    }
}
