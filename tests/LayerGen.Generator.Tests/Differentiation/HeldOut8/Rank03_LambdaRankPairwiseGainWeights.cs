// A LambdaRank-style pairwise loss for one query of eight documents in their current order: for every pair with
// rel_i > rel_j, |Δgain|·|Δdiscount| · softplus(−σ (s_i − s_j)), gains 2^rel − 1 by a shift of a constant relevance
// table, discounts 1 / log₂(2 + position); pairs that do not count are skipped with continue.
// Shape of: Burges 2010 ("From RankNet to LambdaRank to LambdaMART"), allRank's lambdaLoss / LightGBM's lambdarank (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 1)]
public partial class LambdaRankPairwiseGainWeights
{
    private static readonly int[] Relevance = { 3, 2, 3, 0, 1, 2, 0, 1 };
    const double Sigma = 1.0;

    static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double loss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                if (Relevance[i] <= Relevance[j]) continue;
                double gain = (1 << Relevance[i]) - (1 << Relevance[j]);
                double discount = Math.Abs(1 / Math.Log2(2 + i) - 1 / Math.Log2(2 + j));
                loss += gain * discount * Softplus(-Sigma * (x[i] - x[j]));
            }
        }
        y[0] = loss;
    }
}
