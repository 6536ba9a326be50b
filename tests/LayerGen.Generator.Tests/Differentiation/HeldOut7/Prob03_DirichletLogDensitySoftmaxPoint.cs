// Dirichlet log-density of a softmax point: the row is four logits (the point p on the simplex, log p by a stable
// log-softmax) and four raw concentrations (α = softplus + 0.5, the softplus thresholded at 20 as PyTorch does);
// log Γ by Stirling after a counting `while` shift. Shape of torch.distributions.Dirichlet.log_prob, from memory.
// A user expects the gradient for the logits and the raw concentrations.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 1)]
public partial class DirichletLogDensitySoftmaxPoint
{
    const int K = 4;

    static double LogGamma(double z)
    {
        double shift = 0;
        int k = 0;
        while (k < 8)
        {
            shift += Math.Log(z + k);
            k++;
        }
        double w = z + 8;
        return (w - 0.5) * Math.Log(w) - w + 0.5 * Math.Log(2 * Math.PI) + 1 / (12 * w) - 1 / (360 * w * w * w) - shift;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<double> logits = x.Slice(0, K);
        ReadOnlySpan<double> raw = x.Slice(K, K);

        double max = logits[0];
        for (int i = 1; i < K; i++) max = Math.Max(max, logits[i]);
        double sum = 0;
        for (int i = 0; i < K; i++) sum += Math.Exp(logits[i] - max);
        double logNormaliser = max + Math.Log(sum);

        double alphaTotal = 0, logDensity = 0;
        for (int i = 0; i < K; i++)
        {
            double alpha = (raw[i] > 20 ? raw[i] : Math.Log(1 + Math.Exp(raw[i]))) + 0.5;
            alphaTotal += alpha;
            logDensity += (alpha - 1) * (logits[i] - logNormaliser) - LogGamma(alpha);
        }
        y[0] = logDensity + LogGamma(alphaTotal);
    }
}
