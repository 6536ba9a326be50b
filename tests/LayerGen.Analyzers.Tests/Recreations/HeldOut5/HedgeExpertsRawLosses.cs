// Source: Hedge / multiplicative-weights (online learning with expert advice) in C#: w_i = exp(−η·L_i), p = w / Σw.
// Layout: 1-D double[] of cumulative expert losses, called per round.
// Bug (LG0003): exp of −η·loss with no shift (the smallest loss is never subtracted).
using System;

namespace LayerGen.Recreations.HeldOut5.HedgeExpertsRawLossesNs;

public static class HedgeExpertsRawLosses
{
    public static double[] Distribution(double[] cumulativeLoss, double eta)
    {
        var p = new double[cumulativeLoss.Length];
        double z = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(-eta * cumulativeLoss[i]); //~ LG0003
            z += p[i];
        }
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = p[i] / z;
        }
        return p;
    }
}
