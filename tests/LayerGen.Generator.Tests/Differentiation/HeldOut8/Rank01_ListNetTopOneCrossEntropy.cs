// ListNet's top-one loss for one query: the row is 8 predicted scores | 8 graded relevances; the loss is the cross-entropy
// −Σ softmax(rel)ᵢ · log_softmax(scores)ᵢ, both through a max-shifted log-sum-exp helper over range views.
// Shape of: Cao et al. 2007 (ListNet), allRank's listNet loss (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(16, 1)]
public partial class ListNetTopOneCrossEntropy
{
    static double LogSumExp(ReadOnlySpan<double> v)
    {
        double max = v[0];
        for (int i = 1; i < v.Length; i++)
            if (v[i] > max) max = v[i];
        double sum = 0;
        for (int i = 0; i < v.Length; i++) sum += Math.Exp(v[i] - max);
        return max + Math.Log(sum);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        var scores = x[..8];
        var relevance = x[8..];
        double lseScores = LogSumExp(scores);
        double lseRelevance = LogSumExp(relevance);

        double loss = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double target = Math.Exp(relevance[i] - lseRelevance);
            loss -= target * (scores[i] - lseScores);
        }
        y[0] = loss;
    }
}
