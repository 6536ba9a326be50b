// Re-creation (our own code) of the shape of an exponentiated-gradient portfolio in log domain (Helmbold et al. 1998;
// OLPS-style toolkits), with each asset's "best score so far" taken as its shift.
// Layout: double[assets, days] asset-major; the softmax over assets runs down each day's column.
// Bug (LG0004): the shift is a maximum over days for each asset (a row), while the sum runs over assets for each day
// (a column); the shifts differ across the softmax axis, so the weights are wrong and can underflow to 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class ExponentiatedGradientMaxPerAsset
{
    public static void Weights(double[,] cumulativeGradient, double learningRate, double[,] weights)
    {
        int assets = cumulativeGradient.GetLength(0);
        int days = cumulativeGradient.GetLength(1);
        var assetBest = new double[assets];
        for (int a = 0; a < assets; a++)
        {
            assetBest[a] = double.NegativeInfinity;
            for (int d = 0; d < days; d++)
                assetBest[a] = Math.Max(assetBest[a], learningRate * cumulativeGradient[a, d]); //~ LG0004
        }

        for (int d = 0; d < days; d++)
        {
            double total = 0.0;
            for (int a = 0; a < assets; a++)
            {
                weights[a, d] = Math.Exp(learningRate * cumulativeGradient[a, d] - assetBest[a]);
                total += weights[a, d];
            }

            for (int a = 0; a < assets; a++)
                weights[a, d] /= total;
        }
    }
}
