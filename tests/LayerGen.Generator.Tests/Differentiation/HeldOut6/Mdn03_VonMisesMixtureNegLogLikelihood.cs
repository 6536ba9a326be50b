// expect: gradient
// rows: no-large
// A von Mises mixture density head for an angle (circular MDN): row [θ | logits (2) | μ (2) | log κ (2)] →
// −log Σ_k π_k·exp(κ_k cos(θ − μ_k)) / (2π I₀(κ_k)), with log I₀ from Abramowitz & Stegun 9.8.1 / 9.8.2 (two
// polynomial branches at κ = 3.75, coefficients in static readonly tables, Horner loops in a helper with an early return). no-large: κ = exp(1000)
// overflows. Shape from circular-statistics MDN code; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(7, 1)]
public partial class VonMisesMixtureNegLogLikelihood
{
    static readonly double[] Small = { 1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.0360768, 0.0045813 };
    static readonly double[] Large =
    {
        0.39894228, 0.01328592, 0.00225319, -0.00157565, 0.00916281, -0.02057706, 0.02635537, -0.01647633, 0.00392377,
    };

    static double LogBesselI0(double kappa)
    {
        if (kappa <= 3.75)
        {
            double t2 = kappa / 3.75 * (kappa / 3.75);
            double small = 0;
            for (int j = Small.Length - 1; j >= 0; j--) small = small * t2 + Small[j];
            return Math.Log(small);
        }
        double u = 3.75 / kappa;
        double large = 0;
        for (int j = Large.Length - 1; j >= 0; j--) large = large * u + Large[j];
        return kappa - 0.5 * Math.Log(kappa) + Math.Log(large);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double theta = x[0];
        double maxLogit = Math.Max(x[1], x[2]);
        double logNormaliser = maxLogit + Math.Log(Math.Exp(x[1] - maxLogit) + Math.Exp(x[2] - maxLogit));

        Span<double> terms = stackalloc double[2];
        for (int k = 0; k < 2; k++)
        {
            double kappa = Math.Exp(x[5 + k]);
            terms[k] = x[1 + k] - logNormaliser + kappa * Math.Cos(theta - x[3 + k]) - Math.Log(2 * Math.PI) - LogBesselI0(kappa);
        }
        double m = Math.Max(terms[0], terms[1]);
        y[0] = -(m + Math.Log(Math.Exp(terms[0] - m) + Math.Exp(terms[1] - m)));
    }
}
