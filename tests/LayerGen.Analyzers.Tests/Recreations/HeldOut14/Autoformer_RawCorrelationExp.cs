// Source: Autoformer auto-correlation, time-delay aggregation (Wu et al. 2021; thuml/Autoformer), a port that
// exponentiates the kept correlations directly "since correlations are small".
// Layout: per series a double[] autocorrelation; the top-k are (int Lag, double Corr) tuples from LINQ; the weights
// are built with Select and summed with Sum(); written per lag into a double[lags].
// Bug LG0003: exp of the raw correlation values, no maximum subtracted (unnormalised autocorrelations scale with
// the series' energy).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class Autoformer_RawCorrelationExp
{
    public static void LagWeights(double[] autocorrelation, int topK, double[] lagWeights)
    {
        (int Lag, double Corr)[] top = autocorrelation
            .Select((corr, lag) => (Lag: lag, Corr: corr))
            .OrderByDescending(t => t.Corr)
            .Take(topK)
            .ToArray();
        double[] w = top.Select(t => Math.Exp(t.Corr)).ToArray(); //~ LG0003
        double z = w.Sum();
        Array.Clear(lagWeights);
        for (int i = 0; i < top.Length; i++)
            lagWeights[top[i].Lag] = w[i] / z;
    }
}
