// expect: gradient
// A monotone rational-quadratic spline (Durkan et al. 2019, "Neural Spline Flows") with fixed knots and knot
// derivatives in static readonly tables, identity outside [−3, 3] (boundary derivatives 1, so it is C¹ there). The bin
// is found by a scan that keeps the last knot at or below the value. Shape from the nflows rational_quadratic_spline
// reference; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6)]
public partial class RationalQuadraticSplineFixedKnots
{
    static readonly double[] KnotX = { -3.0, -1.5, -0.5, 0.5, 1.5, 3.0 };
    static readonly double[] KnotY = { -3.0, -2.0, -0.2, 0.6, 1.8, 3.0 };
    static readonly double[] Slope = { 1.0, 0.7, 2.0, 1.2, 0.5, 1.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            if (v <= KnotX[0] || v >= KnotX[^1])
            {
                y[i] = v;
                continue;
            }

            int k = 0;
            for (int j = 1; j < KnotX.Length - 1; j++)
                if (v >= KnotX[j]) k = j;

            double width = KnotX[k + 1] - KnotX[k];
            double height = KnotY[k + 1] - KnotY[k];
            double s = height / width;
            double xi = (v - KnotX[k]) / width;
            double t = xi * (1 - xi);
            double numerator = height * (s * xi * xi + Slope[k] * t);
            double denominator = s + (Slope[k + 1] + Slope[k] - 2 * s) * t;
            y[i] = KnotY[k] + numerator / denominator;
        }
    }
}
