// Source: retail demand planning, top-down forecast disaggregation (Hyndman & Athanasopoulos, FPP3 ch. 11) with a
// softmax SKU mix inside each category.
// Layout: generic math T : IFloatingPointIeee754<T>, CSR categories over flat arrays, a flat normalisation pass.
// Bug LG0002: the mass is declared once above the category loop and divided out in one flat pass after it, so the
// shares of all categories sum to one together.
using System;
using System.Numerics;

namespace HeldOut20.DemandMixWholeMass;

public static class TopDown
{
    public static T[] Shares<T>(int[] categoryStart, T[] logDemand) where T : IFloatingPointIeee754<T>
    {
        var shares = new T[logDemand.Length];
        T mass = T.Zero;
        for (int c = 0; c + 1 < categoryStart.Length; c++)
        {
            T peak = T.NegativeInfinity;
            for (int i = categoryStart[c]; i < categoryStart[c + 1]; i++)
            {
                if (logDemand[i] > peak)
                {
                    peak = logDemand[i];
                }
            }

            for (int i = categoryStart[c]; i < categoryStart[c + 1]; i++)
            {
                shares[i] = T.Exp(logDemand[i] - peak);
                mass += shares[i]; //~ LG0002
            }
        }

        for (int i = 0; i < shares.Length; i++)
        {
            shares[i] /= mass;
        }

        return shares;
    }
}
