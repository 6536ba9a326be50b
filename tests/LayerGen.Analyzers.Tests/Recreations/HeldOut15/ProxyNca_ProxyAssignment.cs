// HeldOut15 — ProxyNca_ProxyAssignment
// Source: ProxyNCA (Movshovitz-Attias et al. 2017; dichotomies/proxy-nca `ProxyNCA.forward`,
// KevinMusgrave pytorch-metric-learning `ProxyNCALoss`): softmax over proxies of -‖x - p‖² / T.
// Layout: squared distances per sample as jagged double[batch][proxies]; probabilities jagged too.
// Correct: each sample's smallest distance (= largest logit) is the shift; the loss is written
// in log-softmax form from the shifted terms, never as log(p).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class ProxyNca_ProxyAssignment
{
    /// <summary>Proxy assignment probabilities per sample; returns the mean NCA loss for the labels.</summary>
    public static double Assign(double[][] sqDist, int[] labels, double temperature, double[][] probs)
    {
        double loss = 0;
        for (int b = 0; b < sqDist.Length; b++)
        {
            double[] d = sqDist[b];
            double nearest = double.PositiveInfinity;
            foreach (double v in d) nearest = Math.Min(nearest, v);
            double z = 0;
            for (int p = 0; p < d.Length; p++)
            {
                probs[b][p] = Math.Exp(-(d[p] - nearest) / temperature);
                z += probs[b][p];
            }
            for (int p = 0; p < d.Length; p++) probs[b][p] /= z;
            loss += (d[labels[b]] - nearest) / temperature + Math.Log(z);
        }
        return loss / sqDist.Length;
    }
}
