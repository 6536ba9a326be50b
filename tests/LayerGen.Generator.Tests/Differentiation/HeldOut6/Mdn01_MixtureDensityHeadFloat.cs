// expect: gradient
// Mixture density network output head (Bishop 1994) over a row [π logits | μ | log σ] for three components: softmax of
// the logits with the max shift, μ passed through, σ = exp(clamped log σ). Float, ranges for the three blocks, foreach.
// Shape from MDN heads in PyTorch tutorials; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(9)]
public partial class MixtureDensityHeadFloat
{
    const int K = 3;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        ReadOnlySpan<float> logits = x[..K];
        ReadOnlySpan<float> means = x[K..(2 * K)];
        ReadOnlySpan<float> logSigmas = x[(2 * K)..];

        float max = float.NegativeInfinity;
        foreach (float l in logits) max = MathF.Max(max, l);
        float sum = 0f;
        for (int k = 0; k < K; k++)
        {
            y[k] = MathF.Exp(logits[k] - max);
            sum += y[k];
        }
        for (int k = 0; k < K; k++)
        {
            y[k] /= sum;
            y[K + k] = means[k];
            y[2 * K + k] = MathF.Exp(Math.Clamp(logSigmas[k], -7f, 7f));
        }
    }
}
