// Signed cube root by Newton's method on g³ = |v| (g ← g − (g³ − a) / (3g²), six steps from g = 1), with the sign
// put back by CopySign: the cbrt a user writes when porting a colour-space conversion (CIELAB's f(t)).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class NewtonCubeRootSignedFloat
{
    static float CubeRoot(float v)
    {
        float a = MathF.Abs(v);
        float g = 1f;
        int k = 0;
        while (k < 6)
        {
            g -= (g * g * g - a) / (3f * g * g);
            k++;
        }
        return MathF.CopySign(g, v);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = CubeRoot(x[i]);
    }
}
