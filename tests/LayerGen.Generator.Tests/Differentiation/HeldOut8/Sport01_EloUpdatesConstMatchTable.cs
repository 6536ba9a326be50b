// Elo ratings of six players after ten fixed matches (winner and loser tables): the row is the starting ratings
// (1500 + 100x), each match moves both by K (1 − E_w) with E_w = 1 / (1 + 10^((R_l − R_w)/400)), the two updates as
// one tuple assignment; learnable log K; outputs the final ratings in hundreds above 1500.
// Shape of: Elo's rating system as coded in sports-analytics notebooks (FiveThirtyEight's NFL Elo), from memory.
// expect: gradient
// rows: no-large
// rating gaps of ~10⁵ make 10^(gap/400) overflow to ∞ (the expected score is then exactly 0 or 1 with a NaN slope).
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class EloUpdatesConstMatchTable
{
    private static readonly int[] Winners = { 0, 2, 1, 4, 3, 5, 0, 2, 1, 3 };
    private static readonly int[] Losers = { 1, 3, 5, 0, 2, 4, 3, 5, 4, 0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 3.47)] ReadOnlySpan<double> logK)
    {
        double k = Math.Exp(logK[0]);
        Span<double> rating = stackalloc double[6];
        for (int p = 0; p < 6; p++) rating[p] = 1500 + 100 * x[p];

        for (int m = 0; m < Winners.Length; m++)
        {
            int w = Winners[m], l = Losers[m];
            double expected = 1 / (1 + Math.Pow(10, (rating[l] - rating[w]) / 400));
            double delta = k * (1 - expected);
            (rating[w], rating[l]) = (rating[w] + delta, rating[l] - delta);
        }

        for (int p = 0; p < 6; p++) y[p] = (rating[p] - 1500) / 100;
    }
}
