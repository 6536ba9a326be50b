// Per-element Gaussian log-likelihood with learnable mean and log-σ (a heteroscedastic regression head;
// torch.distributions.Normal.log_prob): y = −(x − μ)²/(2σ²) − log σ − ½·log 2π, σ = exp(s).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class GaussianLogLikelihoodLearnableSigma
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(8)] ReadOnlySpan<double> mean, [Learnable(8)] ReadOnlySpan<double> logSigma)
    {
        double halfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);
        for (int i = 0; i < x.Length; i++)
        {
            double sigma = Math.Exp(logSigma[i]);
            double z = (x[i] - mean[i]) / sigma;
            y[i] = -0.5 * z * z - logSigma[i] - halfLogTwoPi;
        }
    }
}
