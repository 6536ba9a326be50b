// Source: komutan/NMeCab src/LibNMeCab/Core/Utils.cs:14 at bcfee1055c0e (re-created, not copied)
// Layout: a two-argument log-add-exp used by the lattice's forward-backward pass: log(e^x + e^y) as
// max + log(exp(min − max) + 1), returning max alone when the two are more than 50 apart; an "init" flag returns y.
// Label: correct (the exponent is min − max ≤ 0).
using System;

namespace Recreations.KomutanNMeCab_PairwiseLogSumExp;

/// <summary>Numeric helpers of the morphological analyser.</summary>
public static class Utils
{
    /// <summary>log(e^x + e^y), or y in init mode.</summary>
    public static double LogSumExp(double x, double y, bool flg)
    {
        const double MinusLogEpsilon = 50.0;
        if (flg)
        {
            return y;
        }

        double vMin = Math.Min(x, y);
        double vMax = Math.Max(x, y);
        if (vMax > vMin + MinusLogEpsilon)
        {
            return vMax;
        }

        return vMax + Math.Log(Math.Exp(vMin - vMax) + 1.0);
    }
}
