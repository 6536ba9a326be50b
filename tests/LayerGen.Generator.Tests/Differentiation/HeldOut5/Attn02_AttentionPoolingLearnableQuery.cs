// Attention pooling with a learnable query (the "PMA with one seed" of Set Transformer, or CLIP's attention pool
// with identity projections): a row of 5 tokens × 4 features, scores q·k/√d, softmax over tokens, weighted sum.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(20, 4)]
public partial class AttentionPoolingLearnableQuery
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(4, StandardDeviation = 0.5)] ReadOnlySpan<double> query)
    {
        const int tokens = 5, dim = 4;
        double scale = 1.0 / Math.Sqrt(dim);
        Span<double> scores = stackalloc double[tokens];
        double max = double.NegativeInfinity;
        for (int t = 0; t < tokens; t++)
        {
            double s = 0;
            for (int d = 0; d < dim; d++) s += query[d] * x[t * dim + d];
            scores[t] = s * scale;
            if (scores[t] > max) max = scores[t];
        }
        double sum = 0;
        for (int t = 0; t < tokens; t++)
        {
            scores[t] = Math.Exp(scores[t] - max);
            sum += scores[t];
        }
        y.Clear();
        for (int t = 0; t < tokens; t++)
        {
            double weight = scores[t] / sum;
            for (int d = 0; d < dim; d++) y[d] += weight * x[t * dim + d];
        }
    }
}
