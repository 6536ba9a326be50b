// expect: gradient
// A physics-informed residual: the row is u on a uniform grid (dx = 0.5) and the layer returns the steady viscous
// Burgers residual u·u_x − ν·u_xx at every point (one-sided stencils at the ends chosen by a switch statement on the
// index) and its mean square, with ν learnable through its log. Shape from PINN tutorials' finite-difference residuals;
// our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 9)]
public partial class BurgersResidualSwitchStencilLearnable
{
    const double Dx = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -2.0)] ReadOnlySpan<double> logViscosity)
    {
        double nu = Math.Exp(logViscosity[0]);
        int last = x.Length - 1;
        double meanSquare = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double ux, uxx;
            switch (i)
            {
                case 0:
                    ux = (x[1] - x[0]) / Dx;
                    uxx = (x[2] - 2 * x[1] + x[0]) / (Dx * Dx);
                    break;
                case 7:
                    ux = (x[last] - x[last - 1]) / Dx;
                    uxx = (x[last] - 2 * x[last - 1] + x[last - 2]) / (Dx * Dx);
                    break;
                default:
                    ux = (x[i + 1] - x[i - 1]) / (2 * Dx);
                    uxx = (x[i + 1] - 2 * x[i] + x[i - 1]) / (Dx * Dx);
                    break;
            }
            y[i] = x[i] * ux - nu * uxx;
            meanSquare += y[i] * y[i] / x.Length;
        }
        y[8] = meanSquare;
    }
}
