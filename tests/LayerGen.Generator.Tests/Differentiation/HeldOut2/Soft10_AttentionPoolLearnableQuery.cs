// Attention pooling: a learnable query scores 4 tokens of width 3 packed in the row, softmax over tokens, and the
// output is the weighted sum of tokens (12 inputs to 3 outputs).
// Re-creates: the attention-pooling head of set/sequence classifiers (Lee et al. 2019's PMA with one seed) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(12, 3)]
public partial class AttentionPoolLearnableQuery
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, StandardDeviation = 0.5)] ReadOnlySpan<double> query)
    {
        const int tokens = 4, width = 3;
        Span<double> weights = stackalloc double[tokens];
        double maxScore = double.NegativeInfinity;
        for (int t = 0; t < tokens; t++)
        {
            double score = 0;
            for (int d = 0; d < width; d++) score += query[d] * x[t * width + d];
            weights[t] = score / Math.Sqrt(width);
            maxScore = Math.Max(maxScore, weights[t]);
        }
        double z = 0;
        for (int t = 0; t < tokens; t++)
        {
            weights[t] = Math.Exp(weights[t] - maxScore);
            z += weights[t];
        }
        for (int d = 0; d < width; d++)
        {
            y[d] = 0;
            for (int t = 0; t < tokens; t++) y[d] += weights[t] / z * x[t * width + d];
        }
    }
}
