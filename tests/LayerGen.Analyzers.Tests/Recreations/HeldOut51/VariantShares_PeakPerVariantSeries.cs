// Idiom: variant frequencies from a multinomial-logistic growth model, the linear predictor kept as one time series per
// variant; each series' own peak (series.Max()) is used as that variant's shift, the shares normalised per week.
// Use: genomic surveillance, weekly variant proportions.
// Layout: List<double[]> variant-major (series[v][t]); double[weeks][variants] out.
// Bug LG0004: the peak runs over the weeks of one variant, the total over the variants of one week.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.VariantShares_PeakPerVariantSeries;

public static class VariantFrequencies
{
    public static double[][] Shares(List<double[]> series)
    {
        int weeks = series[0].Length;
        var peak = new double[series.Count];
        for (int v = 0; v < series.Count; v++)
        {
            peak[v] = series[v].Max(); //~ LG0004
        }

        var shares = new double[weeks][];
        for (int t = 0; t < weeks; t++)
        {
            var week = new double[series.Count];
            double sum = 0.0;
            for (int v = 0; v < series.Count; v++)
            {
                week[v] = Math.Exp(series[v][t] - peak[v]);
                sum += week[v];
            }

            for (int v = 0; v < week.Length; v++) week[v] /= sum;
            shares[t] = week;
        }

        return shares;
    }
}
