// CIE XYZ → CIELAB for three pixels: tristimulus values squashed to (0, 1) by a sigmoid, divided by the D65 white
// from a table, then f(t) = ∛t above (6/29)³ and the linear segment t/(3·(6/29)²) + 4/29 below (the two meet with
// equal slope); L* = 116 f(Y) − 16, a* = 500 (f(X) − f(Y)), b* = 200 (f(Y) − f(Z)). Shape of skimage.color.xyz2lab
// / colour-science's XYZ_to_Lab, from memory.
// A user expects the gradient of L*a*b* with respect to the raw inputs.
// expect: gradient
// rows: no-large
// no-large: at v = −1000 the sigmoid 1/(1 + e^−v) has e^1000 = +∞ inside the forward (value 0, derivative ∞/∞).
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(9)]
public partial class XyzToCieLabPiecewiseCbrtFloat
{
    const float Delta = 6f / 29f;
    static readonly float[] White = { 0.95047f, 1.0f, 1.08883f };

    static float F(float t) => t > Delta * Delta * Delta ? MathF.Cbrt(t) : t / (3f * Delta * Delta) + 4f / 29f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int p = 0; p < 3; p++)
        {
            float fx = F(1f / (1f + MathF.Exp(-x[3 * p])) / White[0]);
            float fy = F(1f / (1f + MathF.Exp(-x[3 * p + 1])) / White[1]);
            float fz = F(1f / (1f + MathF.Exp(-x[3 * p + 2])) / White[2]);
            y[3 * p] = 116f * fy - 16f;
            y[3 * p + 1] = 500f * (fx - fy);
            y[3 * p + 2] = 200f * (fy - fz);
        }
    }
}
