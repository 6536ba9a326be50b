// A small KAN layer (pykan's KANLayer: each edge φ(x) = w_b·silu(x) + Σ_b c_b·B_b(x)) from 3 inputs to 2 outputs:
// 6 quadratic B-spline bases on a constant uniform grid (spacing 1, covering [−2, 2]) from a static helper with several
// early returns, a two-branch stable SiLU helper, learnable spline coefficients and base weights.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(3, 2)]
public partial class KanLayerQuadraticSplineHelper
{
    static double QuadraticBSpline(double u)
    {
        if (u < 0 || u >= 3)
            return 0;
        if (u < 1)
            return 0.5 * u * u;
        if (u < 2)
            return 0.75 - (u - 1.5) * (u - 1.5);
        return 0.5 * (3 - u) * (3 - u);
    }

    static double Silu(double v) => v >= 0 ? v / (1 + Math.Exp(-v)) : v * Math.Exp(v) / (1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(36, StandardDeviation = 0.1)] ReadOnlySpan<double> coefficients,
        [Learnable(6, Initial = 1)] ReadOnlySpan<double> baseWeights)
    {
        const int Inputs = 3, Outputs = 2, Bases = 6;
        const double FirstKnot = -4;
        for (int o = 0; o < Outputs; o++)
        {
            double sum = 0;
            for (int i = 0; i < Inputs; i++)
            {
                int edge = o * Inputs + i;
                double phi = baseWeights[edge] * Silu(x[i]);
                for (int b = 0; b < Bases; b++)
                    phi += coefficients[edge * Bases + b] * QuadraticBSpline(x[i] - (FirstKnot + b));
                sum += phi;
            }
            y[o] = sum;
        }
    }
}
