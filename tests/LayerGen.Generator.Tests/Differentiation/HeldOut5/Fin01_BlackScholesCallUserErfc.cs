// Black–Scholes call prices as a differentiable layer (a pricing head whose inputs are log spot, log strike and
// raw volatility / maturity made positive with softplus), two options per row. N(d) = ½ erfc(−d/√2) through a
// user-written erfc (Abramowitz–Stegun 7.1.26 with the reflection erfc(−z) = 2 − erfc(z)), helpers calling helpers.
// exp(log spot) overflows at +1000.
// rows: no-large
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8, 2)]
public partial class BlackScholesCallUserErfc
{
    const double Rate = 0.03;

    static double Softplus(double v) => v > 30 ? v : Math.Log(1 + Math.Exp(v));

    static double Erfc(double z)
    {
        double a = Math.Abs(z);
        double t = 1 / (1 + 0.3275911 * a);
        double tail = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                      * Math.Exp(-a * a);
        return z >= 0 ? tail : 2 - tail;
    }

    static double NormalCdf(double d) => 0.5 * Erfc(-d / Math.Sqrt(2));

    static double Call(double logSpot, double logStrike, double sigma, double maturity)
    {
        double spot = Math.Exp(logSpot), strike = Math.Exp(logStrike);
        double sqrtT = Math.Sqrt(maturity);
        double d1 = (logSpot - logStrike + (Rate + 0.5 * sigma * sigma) * maturity) / (sigma * sqrtT);
        double d2 = d1 - sigma * sqrtT;
        return spot * NormalCdf(d1) - strike * Math.Exp(-Rate * maturity) * NormalCdf(d2);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int k = 0; k < 2; k++)
        {
            int o = 4 * k;
            y[k] = Call(x[o], x[o + 1], Softplus(x[o + 2]) + 0.01, Softplus(x[o + 3]) + 0.01);
        }
    }
}
