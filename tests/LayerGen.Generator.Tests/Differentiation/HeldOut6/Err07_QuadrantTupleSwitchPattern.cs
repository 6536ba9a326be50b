// expect: error
// A quadrant-dependent gain chosen by a switch expression over a tuple of comparisons (positional patterns such as
// (true, false)), as pattern-matching C# reads: only constant and relational patterns over a real or int value are
// supported (docs: LG1116). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class QuadrantTupleSwitchPattern
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < x.Length; p += 2)
        {
            double a = x[p], b = x[p + 1];
            double gain = (a >= 0, b >= 0) switch { (true, true) => 1.0, (false, true) => 0.5, (false, false) => 0.25, _ => 0.75 }; //~ LG11
            y[p] = gain * a;
            y[p + 1] = gain * b;
        }
    }
}
