// A signed distance field of four query points against three circles combined by Inigo Quilez's polynomial smooth
// minimum (smooth union) or smooth subtraction, the operation per circle chosen by a `switch` statement over a
// constant table; h = clamp(½ ± ½(b − a)/k, 0, 1), mix(b, a, h) − k·h(1 − h). Shape of iq's sdf articles ported to
// C# (as in SDF-based game/UI renderers), from memory.
// A user expects the gradient of the distances with respect to the query points.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 4)]
public partial class SmoothUnionCirclesSwitchOps
{
    const double K = 0.5;
    static readonly double[] Circles = { -1.0, 0.0, 1.0, 0.5, 0.3, 1.2, 0.8, 0.0, -0.9, 0.6 }; // x, y, radius
    static readonly int[] Operation = { 0, 0, 1 }; // 0: smooth union, 1: smooth subtraction

    static double SmoothMin(double a, double b, double k)
    {
        double h = Math.Clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
        return b * (1 - h) + a * h - k * h * (1 - h);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int q = 0; q < 4; q++)
        {
            double px = x[2 * q], py = x[2 * q + 1];
            double distance = 1e3;
            for (int c = 0; c < 3; c++)
            {
                double dx = px - Circles[3 * c], dy = py - Circles[3 * c + 1];
                double circle = Math.Sqrt(dx * dx + dy * dy) - Circles[3 * c + 2];
                switch (Operation[c])
                {
                    case 0:
                        distance = SmoothMin(distance, circle, K);
                        break;
                    case 1:
                        distance = -SmoothMin(-distance, circle, K);
                        break;
                    default:
                        break;
                }
            }
            y[q] = distance;
        }
    }
}
