// A radial flow z' = z + β h(α, r) (z − z₀), h = 1 / (α + r), with α = softplus(â) and β = −α + softplus(b̂) so that
// the map stays invertible; the last output is log|det ∂z'/∂z|.
// Shape of: Rezende & Mohamed 2015 ("Variational Inference with Normalizing Flows"), pyro's Radial transform (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 7)]
public partial class RadialFlowLearnableCentre
{
    static double Softplus(double v)
    {
        if (v > 20) return v;
        return Math.Log(1 + Math.Exp(v));
    }

    static (double Alpha, double Beta) Coefficients(double rawAlpha, double rawBeta)
    {
        double alpha = Softplus(rawAlpha);
        return (alpha, -alpha + Softplus(rawBeta));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(6, StandardDeviation = 0.5)] ReadOnlySpan<double> centre,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> rawAlpha,
        [Learnable(1)] ReadOnlySpan<double> rawBeta)
    {
        var (alpha, beta) = Coefficients(rawAlpha[0], rawBeta[0]);

        double r2 = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - centre[i];
            r2 += d * d;
        }
        double r = Math.Sqrt(r2);
        double h = 1 / (alpha + r);

        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] + beta * h * (x[i] - centre[i]);

        double hPrime = -h * h;
        y[6] = (x.Length - 1) * Math.Log(1 + beta * h) + Math.Log(1 + beta * h + beta * hPrime * r);
    }
}
