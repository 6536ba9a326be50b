// A hand-vectorised ReLU (Vector256.Max over 8 lanes, the way a performance-minded C# user writes it): SIMD intrinsics are
// outside any scalar differentiable subset; the error belongs at the vector statement.
// expect: error
using System;
using System.Runtime.Intrinsics;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(32)]
public partial class Vector256ReluFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const int Lanes = 8;
        for (int i = 0; i < x.Length; i += Lanes)
            Vector256.Max(Vector256.Create(x.Slice(i, Lanes)), Vector256<float>.Zero).CopyTo(y.Slice(i, Lanes)); //~ LG11
    }
}
