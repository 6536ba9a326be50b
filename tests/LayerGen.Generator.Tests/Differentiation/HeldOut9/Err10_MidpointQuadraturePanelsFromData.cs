// Numerical integration: ∫ exp(−t²/2) dt from 0 to each entry's |x| + 0.1 by the midpoint rule, with eight panels when the
// row's spread is large and four otherwise — a loop bound read from an integer set under a condition on data is outside
// the subset (always use eight panels).
// Shape: an "adaptive" quadrature shortcut from a C# numerics port.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6)]
public partial class MidpointQuadraturePanelsFromData
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double spread = 0;
        foreach (double v in x) spread = Math.Max(spread, Math.Abs(v));
        int panels = 4;
        if (spread > 2.0) panels = 8;
        for (int i = 0; i < x.Length; i++)
        {
            double upper = Math.Sqrt(x[i] * x[i] + 0.01);
            double step = spread > 2.0 ? upper / 8 : upper / 4;
            double sum = 0;
            for (int k = 0; k < panels; k++) //~ LG11
            {
                double t = (k + 0.5) * step;
                sum += Math.Exp(-0.5 * t * t);
            }
            y[i] = sum * step;
        }
    }
}
