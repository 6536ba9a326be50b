// HeldOut15 — ProxyNca_NormaliserOverBatch
// Source: ProxyNCA (Movshovitz-Attias et al. 2017), a from-scratch port of the proxy softmax.
// Layout: squared distances double[batch, proxies]; probabilities double[batch, proxies].
// Bug (LG0002): the normaliser is declared once above the sample loop and keeps accumulating over
// every sample, so each row is divided by a batch-wide partial total.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class ProxyNca_NormaliserOverBatch
{
    /// <summary>Proxy assignment probabilities per sample.</summary>
    public static double[,] Assign(double[,] sqDist, double temperature)
    {
        int batch = sqDist.GetLength(0), proxies = sqDist.GetLength(1);
        var probs = new double[batch, proxies];
        double norm = 0;
        for (int b = 0; b < batch; b++)
        {
            double nearest = sqDist[b, 0];
            for (int p = 1; p < proxies; p++) nearest = Math.Min(nearest, sqDist[b, p]);
            for (int p = 0; p < proxies; p++)
            {
                probs[b, p] = Math.Exp((nearest - sqDist[b, p]) / temperature);
                norm += probs[b, p]; //~ LG0002
            }
            for (int p = 0; p < proxies; p++) probs[b, p] /= norm;
        }
        return probs;
    }
}
