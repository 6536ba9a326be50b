// Idiom: softmax portfolio weights per rebalancing date from a signal history
// Layout: jagged double[assets][dates] (one time series per asset), LINQ peaks
// Bug (LG0004): the shift is each asset's peak over the dates, while the normaliser sums over the assets of one date
using System;
using System.Linq;

namespace HeldOut43.Portfolio_PeakPerAsset;

public static class SeriesAllocator
{
    public static double[][] Weights(double[][] signal, double temperature)
    {
        int nAssets = signal.Length, nDates = signal[0].Length;
        double[] peak = signal.Select(series => series.Max()).ToArray(); //~ LG0004
        var w = new double[nAssets][];
        for (int a = 0; a < nAssets; a++)
            w[a] = new double[nDates];

        for (int t = 0; t < nDates; t++)
        {
            double z = 0.0;
            for (int a = 0; a < nAssets; a++)
            {
                w[a][t] = Math.Exp((signal[a][t] - peak[a]) / temperature);
                z += w[a][t];
            }

            for (int a = 0; a < nAssets; a++)
                w[a][t] /= z;
        }

        return w;
    }
}
