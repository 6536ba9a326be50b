// expect: gradient
// rows: no-large
// The MDN loss for one target: row [t | π logits (3) | μ (3) | log σ (3)] → −log Σ_k π_k N(t; μ_k, σ_k), computed as a
// log-sum-exp of log π_k + log N with both log-sum-exps max-shifted (log-softmax of the logits, then the mixture).
// no-large: at log σ = −1000 the standardised residual is ±∞ and that term −∞; when all three are, the log-sum-exp is
// NaN. Shape from PyTorch MDN loss functions; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(10, 1)]
public partial class GaussianMixtureNegLogLikelihood
{
    static double LogSumExp(ReadOnlySpan<double> v)
    {
        double m = v[0];
        for (int i = 1; i < v.Length; i++) m = Math.Max(m, v[i]);
        double s = 0;
        for (int i = 0; i < v.Length; i++) s += Math.Exp(v[i] - m);
        return m + Math.Log(s);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double t = x[0];
        ReadOnlySpan<double> logits = x.Slice(1, 3);
        double logNormaliser = LogSumExp(logits);

        Span<double> terms = stackalloc double[3];
        for (int k = 0; k < 3; k++)
        {
            double mu = x[4 + k];
            double logSigma = x[7 + k];
            double z = (t - mu) / Math.Exp(logSigma);
            double logGauss = -0.5 * z * z - logSigma - 0.5 * Math.Log(2 * Math.PI);
            terms[k] = logits[k] - logNormaliser + logGauss;
        }
        y[0] = -LogSumExp(terms);
    }
}
