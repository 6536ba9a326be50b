// expect: error
// Planar forward kinematics of a 2-link arm written with .NET's Math.SinCos, which returns a (Sin, Cos) tuple: a
// deconstruction of something other than a tuple literal or a helper's tuple (docs: LG1110/LG1111). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(2)]
public partial class MathSinCosTupleKinematics
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double px = 1.2 * Math.Cos(x[0]), py = 1.2 * Math.Sin(x[0]);
        var (sin, cos) = Math.SinCos(x[0] + x[1]); //~ LG11
        y[0] = px + 0.8 * cos;
        y[1] = py + 0.8 * sin;
    }
}
