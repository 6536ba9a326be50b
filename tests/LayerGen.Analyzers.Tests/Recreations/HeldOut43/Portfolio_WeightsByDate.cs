// Idiom: softmax portfolio weights per rebalancing date, w[a, t] = exp(s[a, t] / τ) / Σ_a exp(s[a, t] / τ)
// Layout: column-major double[assets, dates] signal matrix (assets down, dates across), one column per date
// Correct
using System;

namespace HeldOut43.Portfolio_WeightsByDate;

public static class SoftmaxAllocator
{
    public static double[,] Weights(double[,] signal, double temperature)
    {
        int nAssets = signal.GetLength(0), nDates = signal.GetLength(1);
        var w = new double[nAssets, nDates];
        for (int t = 0; t < nDates; t++)
        {
            double top = signal[0, t];
            for (int a = 1; a < nAssets; a++)
                top = Math.Max(top, signal[a, t]);

            double z = 0.0;
            for (int a = 0; a < nAssets; a++)
            {
                w[a, t] = Math.Exp((signal[a, t] - top) / temperature);
                z += w[a, t];
            }

            for (int a = 0; a < nAssets; a++)
                w[a, t] /= z;
        }

        return w;
    }
}
