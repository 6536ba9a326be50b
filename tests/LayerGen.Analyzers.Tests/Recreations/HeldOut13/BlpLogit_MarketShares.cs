// Source: logit demand market shares with an outside good (Berry 1994; BLP 1995; pyblp `compute_shares`): within
// each market s_j = exp(δ_j) / (1 + Σ_k exp(δ_k)), the outside good having utility 0. Stabilised by
// m = max(0, max δ), so the outside good's term is exp(−m).
// Layout: CSR markets (int[] marketStart) over a flat double[] of mean utilities; outside share returned per market.
// Correct (the softmax runs over [outside, products] of each market).
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class BlpLogit_MarketShares
{
    public static double[] Shares(double[] delta, int[] marketStart, out double[] outsideShare)
    {
        var shares = new double[delta.Length];
        outsideShare = new double[marketStart.Length - 1];
        for (int t = 0; t + 1 < marketStart.Length; t++)
        {
            int lo = marketStart[t], hi = marketStart[t + 1];
            double m = 0.0;
            for (int j = lo; j < hi; j++)
                m = Math.Max(m, delta[j]);

            double outside = Math.Exp(-m);
            double denom = outside;
            for (int j = lo; j < hi; j++)
            {
                shares[j] = Math.Exp(delta[j] - m);
                denom += shares[j];
            }
            for (int j = lo; j < hi; j++)
                shares[j] /= denom;
            outsideShare[t] = outside / denom;
        }
        return shares;
    }
}
