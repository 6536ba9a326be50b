// Special functions: the skew-normal CDF F(x) = Φ(x) − 2 T(x, α) and density 2 φ(x) Φ(α x), with Owen's T function
// T(h, a) = (1/2π) ∫₀^a exp(−h²(1 + t²)/2) / (1 + t²) dt by 8-point Gauss–Legendre, Φ through the Abramowitz–Stegun
// 7.1.26 erf; the shape α is learnable.
// Shape: Azzalini's skew-normal as coded in statistics scripts, the quadrature as in Owen (1956) / Patefield–Tandy.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 16)]
public partial class OwensTSkewNormalGaussLegendre
{
    static readonly double[] Nodes =
    {
        -0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498,
        0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363,
    };
    static readonly double[] Weights =
    {
        0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620,
        0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763,
    };

    static double Erf(double z)
    {
        double sign = z < 0 ? -1.0 : 1.0;
        double a = Math.Abs(z);
        double t = 1.0 / (1.0 + 0.3275911 * a);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return sign * (1.0 - poly * Math.Exp(-a * a));
    }

    static double OwensT(double h, double a)
    {
        double sum = 0;
        for (int k = 0; k < Nodes.Length; k++)
        {
            double t = 0.5 * a * (Nodes[k] + 1.0);
            double onePlus = 1.0 + t * t;
            sum += Weights[k] * Math.Exp(-0.5 * h * h * onePlus) / onePlus;
        }
        return sum * 0.5 * a / (2 * Math.PI);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 2)] ReadOnlySpan<double> shape)
    {
        double alpha = shape[0];
        for (int i = 0; i < x.Length; i++)
        {
            double z = x[i];
            double phi = Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);
            double cdf = 0.5 * (1 + Erf(z / Math.Sqrt(2)));
            y[i] = cdf - 2 * OwensT(z, alpha);
            y[x.Length + i] = 2 * phi * 0.5 * (1 + Erf(alpha * z / Math.Sqrt(2)));
        }
    }
}
