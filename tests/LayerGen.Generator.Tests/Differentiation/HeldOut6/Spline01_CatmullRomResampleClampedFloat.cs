// expect: gradient
// Uniform Catmull-Rom resampling of a row of 8 control points to 15 samples (each knot and each segment midpoint), end
// points repeated by clamping the neighbour indices with Math.Max/Math.Min, float, a helper with the cubic in matrix
// form. Shape from graphics/animation Catmull-Rom code; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 15)]
public partial class CatmullRomResampleClampedFloat
{
    static float CatmullRom(float p0, float p1, float p2, float p3, float t)
    {
        float t2 = t * t, t3 = t2 * t;
        return 0.5f * (2f * p1 + (-p0 + p2) * t + (2f * p0 - 5f * p1 + 4f * p2 - p3) * t2 + (-p0 + 3f * p1 - 3f * p2 + p3) * t3);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        int o = 0;
        for (int i = 0; i < n - 1; i++)
        {
            int before = Math.Max(i - 1, 0);
            int after = Math.Min(i + 2, n - 1);
            y[o++] = x[i];
            y[o++] = CatmullRom(x[before], x[i], x[i + 1], x[after], 0.5f);
        }
        y[o] = x[n - 1];
    }
}
