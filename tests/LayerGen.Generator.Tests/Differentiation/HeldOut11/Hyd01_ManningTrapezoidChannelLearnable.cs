// expect: gradient
// Manning's equation for uniform flow in a trapezoidal channel, Q = (1/n)·A·R^(2/3)·√S, four reaches given as
// (depth, slope) pairs squashed into physical ranges, with a learnable log roughness and log side slope. Shape of
// HEC-RAS style normal-depth calculators and hydraulics homework in NumPy, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 4)]
public partial class ManningTrapezoidChannelLearnable
{
    const double BottomWidth = 3.0;

    static (double Area, double WettedPerimeter) Section(double depth, double sideSlope)
    {
        double area = (BottomWidth + sideSlope * depth) * depth;
        double perimeter = BottomWidth + 2 * depth * Math.Sqrt(1 + sideSlope * sideSlope);
        return (area, perimeter);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -3.5)] ReadOnlySpan<double> logManningN,
                           [Learnable(1, Initial = 0.7)] ReadOnlySpan<double> logSideSlope)
    {
        double n = Math.Exp(logManningN[0]);
        double z = Math.Exp(logSideSlope[0]);
        for (int reach = 0; reach < 4; reach++)
        {
            double depth = 0.2 + 2.8 / (1 + Math.Exp(-x[2 * reach]));          // 0.2 .. 3 m
            double slope = 1e-4 + 0.01 / (1 + Math.Exp(-x[2 * reach + 1]));   // bed slope
            var (area, wetted) = Section(depth, z);
            double hydraulicRadius = area / wetted;
            y[reach] = area * Math.Pow(hydraulicRadius, 2.0 / 3.0) * Math.Sqrt(slope) / n;
        }
    }
}
