// Re-creation (our own code) of the shape of an exponentiated-gradient / entropic-FTRL portfolio (Helmbold, Schapire,
// Singer & Warmuth 1998; the log-domain form used by online-portfolio-selection toolkits such as OLPS): the weight of
// asset a on day d is exp(η G[a, d]) / Σ_b exp(η G[b, d]) for the cumulative gradient G.
// Layout: double[assets, days], asset-major as a price-history loader stores it: the softmax runs down each column.
// Correct: the per-day (per-column) maximum over assets is the shift.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class ExponentiatedGradientAssetMajorWeights
{
    public static void Weights(double[,] cumulativeGradient, double learningRate, double[,] weights)
    {
        int assets = cumulativeGradient.GetLength(0);
        int days = cumulativeGradient.GetLength(1);
        for (int d = 0; d < days; d++)
        {
            double best = double.NegativeInfinity;
            for (int a = 0; a < assets; a++)
                best = Math.Max(best, learningRate * cumulativeGradient[a, d]);

            double total = 0.0;
            for (int a = 0; a < assets; a++)
            {
                double w = Math.Exp(learningRate * cumulativeGradient[a, d] - best);
                weights[a, d] = w;
                total += w;
            }

            for (int a = 0; a < assets; a++)
                weights[a, d] /= total;
        }
    }
}
