// Single-head causal self-attention inside one row (a tiny "attention over a sequence row" as in nanoGPT's
// CausalSelfAttention without projections): the row is Q | K | V, each 4 tokens × 2 features; token t attends to
// tokens 0..t with scaled dot-product scores and a max-shifted softmax kept in a stackalloc buffer.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(24, 8)]
public partial class CausalAttentionQkvChunks
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int tokens = 4, dim = 2;
        ReadOnlySpan<double> q = x.Slice(0, tokens * dim);
        ReadOnlySpan<double> k = x.Slice(tokens * dim, tokens * dim);
        ReadOnlySpan<double> v = x.Slice(2 * tokens * dim, tokens * dim);
        double scale = 1 / Math.Sqrt(dim);
        Span<double> weights = stackalloc double[tokens];
        for (int t = 0; t < tokens; t++)
        {
            double max = double.NegativeInfinity;
            for (int s = 0; s <= t; s++)
            {
                double score = 0;
                for (int d = 0; d < dim; d++) score += q[t * dim + d] * k[s * dim + d];
                weights[s] = score * scale;
                if (weights[s] > max) max = weights[s];
            }
            double sum = 0;
            for (int s = 0; s <= t; s++)
            {
                weights[s] = Math.Exp(weights[s] - max);
                sum += weights[s];
            }
            for (int d = 0; d < dim; d++)
            {
                double acc = 0;
                for (int s = 0; s <= t; s++) acc += weights[s] * v[s * dim + d];
                y[t * dim + d] = acc / sum;
            }
        }
    }
}
