// Normalised autocorrelation r_k / r_0 for lags 1 … 6 of a 12-sample frame after removing its mean (the biased
// estimator, as statsmodels' acf), lags walked by a counting `while (lag <= MaxLag)`, an early-return guard for a
// silent frame. Shape of statsmodels.tsa.stattools.acf (fft=False), written from memory.
// A user expects the gradient of the autocorrelations.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(12, 6)]
public partial class NormalisedAutocorrelationLags
{
    const int MaxLag = 6;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        double mean = 0;
        foreach (double v in x) mean += v;
        mean /= n;

        Span<double> centred = stackalloc double[12];
        for (int t = 0; t < n; t++) centred[t] = x[t] - mean;

        double r0 = 0;
        for (int t = 0; t < n; t++) r0 += centred[t] * centred[t];
        if (r0 == 0)
        {
            y.Clear();
            return;
        }

        int lag = 1;
        while (lag <= MaxLag)
        {
            double r = 0;
            for (int t = 0; t + lag < n; t++) r += centred[t] * centred[t + lag];
            y[lag - 1] = r / r0;
            lag++;
        }
    }
}
