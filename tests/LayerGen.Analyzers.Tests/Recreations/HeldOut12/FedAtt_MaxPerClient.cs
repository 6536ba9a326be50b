// Source: attentive federated aggregation (FedAtt, Ji et al. 2019): per layer, a softmax over clients of the
// layer-wise distance. Layout: client-major double[clients, layers]; peaks kept per client in an array.
// Bug: LG0004 — the max runs over layers for each client while the sum runs over clients for each layer.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class FedAtt_MaxPerClient
{
    public static double[,] ClientWeights(double[,] distance)
    {
        int clients = distance.GetLength(0), layers = distance.GetLength(1);
        var clientPeak = new double[clients];
        for (int k = 0; k < clients; k++)
        {
            clientPeak[k] = double.NegativeInfinity;
            for (int l = 0; l < layers; l++)
            {
                clientPeak[k] = Math.Max(clientPeak[k], distance[k, l]); //~ LG0004
            }
        }

        var weight = new double[clients, layers];
        for (int l = 0; l < layers; l++)
        {
            double z = 0.0;
            for (int k = 0; k < clients; k++)
            {
                weight[k, l] = Math.Exp(distance[k, l] - clientPeak[k]);
                z += weight[k, l];
            }

            for (int k = 0; k < clients; k++)
            {
                weight[k, l] /= z;
            }
        }

        return weight;
    }
}
