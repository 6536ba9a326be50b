// Beta log-density head: each entry is squashed to p = σ(v) and scored under Beta(α, β) with α, β = softplus of
// learnable raws; log Γ by Stirling's series after shifting the argument up by six (a product loop), as in old C
// numerical codes. Shape of torch.distributions.Beta.log_prob over a sigmoid output, from memory.
// A user expects gradients for the entries and both raw concentrations.
// expect: gradient
// rows: no-large
// no-large: at v = +1000, σ(v) is exactly 1 and log(1 − p) is −∞ inside the forward (at −1000, exp(1000) = +∞).
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class BetaLogDensityShiftedStirling
{
    static double LogGamma(double z)
    {
        double product = 1;
        for (int k = 0; k < 6; k++) product *= z + k;
        double w = z + 6;
        double inv = 1 / w, inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
        return (w - 0.5) * Math.Log(w) - w + 0.9189385332046727 + series - Math.Log(product);
    }

    static double Softplus(double v) => Math.Log(1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 1)] ReadOnlySpan<double> rawAlpha,
                           [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> rawBeta)
    {
        double alpha = Softplus(rawAlpha[0]);
        double beta = Softplus(rawBeta[0]);
        double logBeta = LogGamma(alpha) + LogGamma(beta) - LogGamma(alpha + beta);
        for (int i = 0; i < x.Length; i++)
        {
            double p = 1 / (1 + Math.Exp(-x[i]));
            y[i] = (alpha - 1) * Math.Log(p) + (beta - 1) * Math.Log(1 - p) - logBeta;
        }
    }
}
