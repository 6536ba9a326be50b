// Exact perimeters of four ellipses (semi-axes softplus(x) + 0.1 from the row's pairs) by the arithmetic–geometric
// mean: P = 2π / M(a, b) · ((a² + b²)/2 − Σ 2ⁿ⁻¹ cₙ²), six AGM steps as a tuple assignment (a, b) = ((a + b)/2, √(ab)).
// Shape of: the Gauss–Legendre AGM perimeter as in Wikipedia's "Ellipse § Circumference" and scientific-computing snippets (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 4)]
public partial class EllipsePerimeterAgmFloat
{
    static float Softplus(float v) => v > 20.0f ? v : MathF.Log(1.0f + MathF.Exp(v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int e = 0; e < y.Length; e++)
        {
            float a = Softplus(x[2 * e]) + 0.1f;
            float b = Softplus(x[2 * e + 1]) + 0.1f;
            float bracket = 0.5f * (a * a + b * b);
            float scale = 1.0f;
            for (int n = 0; n < 6; n++)
            {
                float c = 0.5f * (a - b);
                bracket -= scale * c * c;
                scale *= 2.0f;
                (a, b) = (0.5f * (a + b), MathF.Sqrt(a * b));
            }
            y[e] = 2.0f * MathF.PI / a * bracket;
        }
    }
}
