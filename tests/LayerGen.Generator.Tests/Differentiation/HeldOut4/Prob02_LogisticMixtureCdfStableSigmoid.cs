// CDF of a 3-component logistic mixture per element (the mixture of PixelCNN++'s discretised logistic, without the bins):
// y = Σ_k softmax(π)_k · σ((x − m_k)/s_k), s_k = exp(ℓ_k); mixture weights in a stackalloc buffer after a max shift,
// the sigmoid a two-branch stable expression-bodied helper.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class LogisticMixtureCdfStableSigmoid
{
    static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(3)] ReadOnlySpan<double> mixtureLogits,
        [Learnable(3, StandardDeviation = 1)] ReadOnlySpan<double> means,
        [Learnable(3)] ReadOnlySpan<double> logScales)
    {
        const int K = 3;
        double max = mixtureLogits[0];
        for (int k = 1; k < K; k++)
            max = Math.Max(max, mixtureLogits[k]);
        Span<double> weights = stackalloc double[K];
        double total = 0;
        for (int k = 0; k < K; k++)
        {
            weights[k] = Math.Exp(mixtureLogits[k] - max);
            total += weights[k];
        }
        for (int i = 0; i < x.Length; i++)
        {
            double cdf = 0;
            for (int k = 0; k < K; k++)
                cdf += weights[k] / total * Sigmoid((x[i] - means[k]) / Math.Exp(logScales[k]));
            y[i] = cdf;
        }
    }
}
