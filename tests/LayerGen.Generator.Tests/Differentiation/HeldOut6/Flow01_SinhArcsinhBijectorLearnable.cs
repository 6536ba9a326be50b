// expect: gradient
// The sinh-arcsinh bijector (Jones & Pewsey 2009; TensorFlow Probability's SinhArcsinh) per entry,
// y = sinh((asinh(x) + skewness) · tailweight), with tailweight = softplus(raw) + 0.5 so it stays positive, both
// learnable per entry; also appends the log-det-Jacobian summed over the row. Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(5, 6)]
public partial class SinhArcsinhBijectorLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(5)] ReadOnlySpan<double> skewness,
                           [Learnable(5, Initial = 0.4)] ReadOnlySpan<double> rawTailweight)
    {
        double logDet = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double tail = Math.Log(1 + Math.Exp(rawTailweight[i])) + 0.5;
            double u = (Math.Asinh(x[i]) + skewness[i]) * tail;
            y[i] = Math.Sinh(u);
            // d/dx sinh(u) = cosh(u) · tail / sqrt(1 + x²)
            logDet += Math.Log(Math.Cosh(u)) + Math.Log(tail) - 0.5 * Math.Log(1 + x[i] * x[i]);
        }
        y[x.Length] = logDet;
    }
}
