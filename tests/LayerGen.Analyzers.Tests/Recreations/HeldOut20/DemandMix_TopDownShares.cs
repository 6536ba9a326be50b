// Source: retail demand planning, top-down hierarchical forecast disaggregation (Hyndman & Athanasopoulos, FPP3
// ch. 11, forecast proportions) with the SKU mix inside a category given by a softmax of predicted log-demand.
// Layout: generic math T : IFloatingPointIeee754<T>, CSR categories (categoryStart[c] .. categoryStart[c + 1]) over
// flat spans of SKUs, while loops, empty categories skipped.
// Correct: peak and mass per category; the category's mean log-demand is reported, never used as a shift.
using System;
using System.Numerics;

namespace HeldOut20.DemandMix;

public static class TopDown<T> where T : IFloatingPointIeee754<T>
{
    /// <summary>skuForecast[i] = categoryForecast[c] * share_i; meanLogDemand[c] is a report column.</summary>
    public static void Disaggregate(
        ReadOnlySpan<int> categoryStart, ReadOnlySpan<T> logDemand, ReadOnlySpan<T> categoryForecast,
        Span<T> skuForecast, Span<T> meanLogDemand)
    {
        int c = 0;
        while (c + 1 < categoryStart.Length)
        {
            int lo = categoryStart[c], hi = categoryStart[c + 1];
            if (hi <= lo)
            {
                meanLogDemand[c] = T.NaN;
                c++;
                continue;
            }

            T peak = T.NegativeInfinity;
            T total = T.Zero;
            int i = lo;
            while (i < hi)
            {
                peak = T.Max(peak, logDemand[i]);
                total += logDemand[i];
                i++;
            }

            meanLogDemand[c] = total / T.CreateChecked(hi - lo);

            T mass = T.Zero;
            for (i = lo; i < hi; i++)
            {
                skuForecast[i] = T.Exp(logDemand[i] - peak);
                mass += skuForecast[i];
            }

            T scale = categoryForecast[c] / mass;
            for (i = lo; i < hi; i++)
            {
                skuForecast[i] *= scale;
            }

            c++;
        }
    }
}
