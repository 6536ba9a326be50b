// Source: Autoformer auto-correlation, time-delay aggregation at inference (Wu et al. 2021; thuml/Autoformer
// `time_delay_agg_inference`): keep the top-k lags by autocorrelation, softmax over their k correlation values, sum
// the series rolled by each lag with those weights.
// Layout: per series a double[] autocorrelation over all lags; the top-k are (int Lag, double Corr) tuples from LINQ
// OrderByDescending/Take; weights written per lag into a double[lags] (0 for lags not kept).
// Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class Autoformer_TimeDelayAggregation
{
    public static double[] Aggregate(double[] series, double[] autocorrelation, int topK, double[] lagWeights)
    {
        (int Lag, double Corr)[] top = autocorrelation
            .Select((corr, lag) => (Lag: lag, Corr: corr))
            .OrderByDescending(t => t.Corr)
            .Take(topK)
            .ToArray();

        double peak = top[0].Corr;
        foreach (var (_, corr) in top)
            peak = Math.Max(peak, corr);
        double z = 0;
        var w = new double[top.Length];
        for (int i = 0; i < top.Length; i++)
        {
            w[i] = Math.Exp(top[i].Corr - peak);
            z += w[i];
        }

        Array.Clear(lagWeights);
        int n = series.Length;
        var output = new double[n];
        for (int i = 0; i < top.Length; i++)
        {
            double weight = w[i] / z;
            lagWeights[top[i].Lag] = weight;
            for (int t = 0; t < n; t++)
                output[t] += weight * series[(t + top[i].Lag) % n];
        }
        return output;
    }
}
