// Source: RotatE self-adversarial negative sampling (DeepGraphLearning/KnowledgeGraphEmbedding: softmax(neg * alpha,
// dim=1) per positive triple), re-created as a span kernel.
// Layout: flat double[batch * negatives], one Span<double> per positive triple, alpha scale.
// Correct: each span subtracts its own max of alpha * score.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class RotatESelfAdversarial_ShiftedSpans
{
    public static double[] NegativeWeights(double[] negativeScore, int negatives, double alpha)
    {
        var weights = new double[negativeScore.Length];
        for (int start = 0; start < negativeScore.Length; start += negatives)
        {
            ReadOnlySpan<double> s = negativeScore.AsSpan(start, negatives);
            Span<double> w = weights.AsSpan(start, negatives);
            double hardest = double.NegativeInfinity;
            for (int j = 0; j < s.Length; j++) hardest = Math.Max(hardest, alpha * s[j]);

            double z = 0;
            for (int j = 0; j < s.Length; j++) z += w[j] = Math.Exp(alpha * s[j] - hardest);
            for (int j = 0; j < w.Length; j++) w[j] /= z;
        }
        return weights;
    }
}
