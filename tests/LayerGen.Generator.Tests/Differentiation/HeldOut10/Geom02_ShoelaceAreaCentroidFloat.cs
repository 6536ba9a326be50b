// expect: gradient
// Geometry: signed area (shoelace formula), perimeter and centroid of a hexagon whose vertices sit at fixed angles with
// radii 1 + 0.5·tanh(x) (a star-shaped polygon stays simple), with the wrap-around neighbour `(i + 1) % n`, as a
// computational-geometry snippet writes it. Outputs area, perimeter, centroid x and y.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 4)]
public partial class ShoelaceAreaCentroidFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        Span<float> px = stackalloc float[6];
        Span<float> py = stackalloc float[6];
        for (int i = 0; i < n; i++)
        {
            float angle = 2.0f * MathF.PI * i / n;
            float radius = 1.0f + 0.5f * MathF.Tanh(x[i]);
            px[i] = radius * MathF.Cos(angle);
            py[i] = radius * MathF.Sin(angle);
        }
        float twiceArea = 0.0f, perimeter = 0.0f, cx = 0.0f, cy = 0.0f;
        for (int i = 0; i < n; i++)
        {
            int j = (i + 1) % n;
            float cross = px[i] * py[j] - px[j] * py[i];
            twiceArea += cross;
            cx += (px[i] + px[j]) * cross;
            cy += (py[i] + py[j]) * cross;
            perimeter += MathF.Sqrt((px[j] - px[i]) * (px[j] - px[i]) + (py[j] - py[i]) * (py[j] - py[i]));
        }
        float area = 0.5f * twiceArea;
        y[0] = area;
        y[1] = perimeter;
        y[2] = cx / (6.0f * area);
        y[3] = cy / (6.0f * area);
    }
}
