// Source: logit demand market shares with an outside good (Berry 1994; textbook code), written with the familiar
// "1 + Σ exp(δ)" and no stabilisation.
// Layout: CSR markets over a flat double[] of mean utilities.
// Bug: LG0003 — exp of the mean utilities with no maximum subtracted.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class BlpLogit_RawDeltaExp
{
    public static double[] Shares(double[] delta, int[] marketStart)
    {
        var shares = new double[delta.Length];
        for (int t = 0; t + 1 < marketStart.Length; t++)
        {
            double denom = 1.0;
            for (int j = marketStart[t]; j < marketStart[t + 1]; j++)
            {
                shares[j] = Math.Exp(delta[j]); //~ LG0003
                denom += shares[j];
            }
            for (int j = marketStart[t]; j < marketStart[t + 1]; j++)
                shares[j] /= denom;
        }
        return shares;
    }
}
