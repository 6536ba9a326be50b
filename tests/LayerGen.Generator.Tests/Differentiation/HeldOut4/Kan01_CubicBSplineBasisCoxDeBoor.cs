// KAN-style B-spline basis (pykan's B_batch): each of 4 inputs expanded into 8 cubic B-spline bases on a constant uniform
// grid of 5 intervals over [−1, 1], extended by 3 knots on each side; Cox–de Boor's recursion updated in place in one
// stackalloc buffer, the degree-0 indicators from comparisons, knots computed from `const` locals.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(4, 32)]
public partial class CubicBSplineBasisCoxDeBoor
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int Grid = 5, Order = 3, Knots = Grid + 2 * Order + 1, Bases = Grid + Order;
        const double Low = -1, Step = 2.0 / Grid;
        Span<double> basis = stackalloc double[Knots - 1];
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            for (int j = 0; j < Knots - 1; j++)
            {
                double left = Low + (j - Order) * Step;
                basis[j] = v >= left && v < left + Step ? 1 : 0;
            }
            for (int p = 1; p <= Order; p++)
            {
                for (int j = 0; j < Knots - 1 - p; j++)
                {
                    double knot = Low + (j - Order) * Step;
                    basis[j] = (v - knot) / (p * Step) * basis[j] + (knot + (p + 1) * Step - v) / (p * Step) * basis[j + 1];
                }
            }
            for (int b = 0; b < Bases; b++)
                y[i * Bases + b] = basis[b];
        }
    }
}
