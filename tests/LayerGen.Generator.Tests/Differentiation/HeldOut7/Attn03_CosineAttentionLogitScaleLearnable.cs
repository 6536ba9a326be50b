// Scaled cosine attention as in Swin Transformer V2: similarities are cosines of normalised queries and keys
// (F.normalize with its eps as a Math.Max floor), multiplied by a learnable logit scale exp(min(s, log 100)) and shifted
// by a relative-position bias from a constant table; four tokens of three features, values = tokens. No max shift:
// the logits are bounded by 100, as in the reference. Shape of timm's WindowAttention (v2), from memory.
// A user expects gradients for the tokens and the logit scale.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(12)]
public partial class CosineAttentionLogitScaleLearnable
{
    const int Tokens = 4, Dim = 3;
    static readonly double[] RelativeBias = { -0.3, 0.1, 0.25, 0.5, 0.2, -0.05, -0.4 }; // index j − i + 3

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 2.3)] ReadOnlySpan<double> logitScale)
    {
        double tau = Math.Exp(Math.Min(logitScale[0], Math.Log(100.0)));

        Span<double> unit = stackalloc double[Tokens * Dim];
        for (int t = 0; t < Tokens; t++)
        {
            double norm = 0;
            for (int d = 0; d < Dim; d++) norm += x[t * Dim + d] * x[t * Dim + d];
            norm = Math.Max(Math.Sqrt(norm), 1e-12);
            for (int d = 0; d < Dim; d++) unit[t * Dim + d] = x[t * Dim + d] / norm;
        }

        Span<double> weights = stackalloc double[Tokens];
        for (int i = 0; i < Tokens; i++)
        {
            double total = 0;
            for (int j = 0; j < Tokens; j++)
            {
                double cos = 0;
                for (int d = 0; d < Dim; d++) cos += unit[i * Dim + d] * unit[j * Dim + d];
                weights[j] = Math.Exp(tau * cos + RelativeBias[j - i + Tokens - 1]);
                total += weights[j];
            }
            for (int d = 0; d < Dim; d++)
            {
                double acc = 0;
                for (int j = 0; j < Tokens; j++) acc += weights[j] * x[j * Dim + d];
                y[i * Dim + d] = acc / total;
            }
        }
    }
}
