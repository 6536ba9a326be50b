// Splines: a piecewise-linear calibration curve over seven knots, the segment found by a Locate helper that returns the
// fraction and hands the segment index back through `out int` — helpers take float/double by ref/out/in, ints by value
// only (return the segment, or compute it with an int local).
// Shape: a Numerical Recipes-style locate/hunt helper in a C# port of a calibration routine.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6)]
public partial class SplineLocateOutIntSegment
{
    static readonly double[] Values = { -1.0, -0.7, -0.2, 0.0, 0.3, 0.9, 1.2 };

    static double Locate(double t, out int segment)
    {
        double u = Math.Clamp(t, 0.0, 5.999999);
        segment = (int)u;
        return u - segment;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double t = 3 + 1.5 * x[i];
            double fraction = Locate(t, out int segment); //~ LG11
            y[i] = Values[segment] + (Values[segment + 1] - Values[segment]) * fraction;
        }
    }
}
