// Mixture of softmaxes (Yang et al. 2018, "Breaking the softmax bottleneck"): 2 components over 4 classes from a
// 6-entry row, p = Σ_k π_k(x)·softmax(W_k x) with the mixture weights π = softmax(G x); both softmaxes max-shifted,
// the component logits in one stackalloc buffer reused for each component.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(6, 4)]
public partial class MixtureOfSoftmaxesLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(48, StandardDeviation = 0.5)] ReadOnlySpan<double> weights,
        [Learnable(12, StandardDeviation = 0.5)] ReadOnlySpan<double> gateWeights)
    {
        const int Components = 2, Classes = 4, Hidden = 6;
        Span<double> gate = stackalloc double[Components];
        double gateMax = double.NegativeInfinity;
        for (int k = 0; k < Components; k++)
        {
            double g = 0;
            for (int i = 0; i < Hidden; i++)
                g += gateWeights[k * Hidden + i] * x[i];
            gate[k] = g;
            gateMax = Math.Max(gateMax, g);
        }
        double gateSum = 0;
        for (int k = 0; k < Components; k++)
        {
            gate[k] = Math.Exp(gate[k] - gateMax);
            gateSum += gate[k];
        }
        for (int c = 0; c < Classes; c++)
            y[c] = 0;
        Span<double> logits = stackalloc double[Classes];
        for (int k = 0; k < Components; k++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < Classes; c++)
            {
                double s = 0;
                for (int i = 0; i < Hidden; i++)
                    s += weights[(k * Classes + c) * Hidden + i] * x[i];
                logits[c] = s;
                if (s > max)
                    max = s;
            }
            double sum = 0;
            for (int c = 0; c < Classes; c++)
            {
                logits[c] = Math.Exp(logits[c] - max);
                sum += logits[c];
            }
            for (int c = 0; c < Classes; c++)
                y[c] += gate[k] / gateSum * logits[c] / sum;
        }
    }
}
