// The regularised incomplete beta I_x(a, b) for two (u, â, b̂) triples — x = σ(u), a, b = softplus + 0.5 — the way
// Numerical Recipes' betai/betacf writes it: a front factor with a Stirling log Γ (shifted by six), the continued
// fraction by the modified Lentz method for a fixed 30 terms with tiny-value guards, and the symmetry
// I_x(a, b) = 1 − I_{1−x}(b, a) on the far side of (a + 1)/(a + b + 2).
// Shape of: Press et al., "Numerical Recipes", §6.4 betai/betacf (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 2)]
public partial class RegularisedIncompleteBetaLentz
{
    const double Tiny = 1e-300;

    static double Softplus(double v) => Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));

    static double LogGamma(double z)
    {
        double shift = 0;
        for (int k = 0; k < 6; k++) shift += Math.Log(z + k);
        double w = z + 6;
        double series = 1.0 / (12 * w) - 1.0 / (360 * w * w * w) + 1.0 / (1260 * Math.Pow(w, 5));
        return (w - 0.5) * Math.Log(w) - w + 0.5 * Math.Log(2 * Math.PI) + series - shift;
    }

    static double ContinuedFraction(double a, double b, double x)
    {
        double qab = a + b, qap = a + 1, qam = a - 1;
        double c = 1, d = 1 - qab * x / qap;
        if (Math.Abs(d) < Tiny) d = Tiny;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 30; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            h *= d * c;
        }
        return h;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int s = 0; s < 2; s++)
        {
            double u = x[3 * s];
            double a = Softplus(x[3 * s + 1]) + 0.5, b = Softplus(x[3 * s + 2]) + 0.5;
            double logX = -Softplus(-u), logOneMinusX = -Softplus(u);
            double p = Math.Exp(logX);
            double front = Math.Exp(a * logX + b * logOneMinusX - (LogGamma(a) + LogGamma(b) - LogGamma(a + b)));
            if (p < (a + 1) / (a + b + 2))
                y[s] = front * ContinuedFraction(a, b, p) / a;
            else
                y[s] = 1 - front * ContinuedFraction(b, a, 1 - p) / b;
        }
    }
}
