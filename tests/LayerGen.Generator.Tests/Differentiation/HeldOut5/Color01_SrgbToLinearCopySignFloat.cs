// sRGB → linear-light transfer function (IEC 61966-2-1), extended to negative values the way scRGB / Skia's
// "extended sRGB" does it: apply the curve to |c| and restore the sign with CopySign.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class SrgbToLinearCopySignFloat
{
    static float Decode(float c)
    {
        float a = MathF.Abs(c);
        float linear = a <= 0.04045f ? a / 12.92f : MathF.Pow((a + 0.055f) / 1.055f, 2.4f);
        return MathF.CopySign(linear, c);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = Decode(x[i]);
    }
}
