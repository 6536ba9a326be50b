// expect: gradient
// Six iterates of the Hénon map, x' = 1 − a·x² + y, y' = b·x (a = 1.4, b = 0.3), from four starting points given as
// pairs squashed into the basin by 0.5·tanh, updated by tuple assignment; outputs the final points. Shape of
// chaos-course NumPy scripts, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class HenonMapIterates
{
    const double A = 1.4, B = 0.3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 4; p++)
        {
            double u = 0.5 * Math.Tanh(x[2 * p]);
            double v = 0.2 * Math.Tanh(x[2 * p + 1]);
            for (int iteration = 0; iteration < 6; iteration++)
                (u, v) = (1 - A * u * u + v, B * u);
            y[2 * p] = u;
            y[2 * p + 1] = v;
        }
    }
}
