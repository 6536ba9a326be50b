// Source: attentive federated aggregation (FedAtt, Ji et al. 2019; dawenzi098/FedAtt `aggregate_att`): for every
// layer, the server weights the clients by a softmax over clients of the layer-wise parameter distance, then moves the
// server layer towards the weighted clients. Layout: client-major double[clients, layers] distances, so each layer's
// softmax walks down a column; a `local function` returns the per-layer peak.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class FedAtt_LayerwiseAggregation
{
    public static double[,] ClientWeights(double[,] distance, double stepSize, double[] serverShift)
    {
        int clients = distance.GetLength(0), layers = distance.GetLength(1);
        var weight = new double[clients, layers];
        for (int l = 0; l < layers; l++)
        {
            double peak = LayerPeak(l);
            double z = 0.0;
            for (int k = 0; k < clients; k++)
            {
                weight[k, l] = Math.Exp(distance[k, l] - peak);
                z += weight[k, l];
            }

            double move = 0.0;
            for (int k = 0; k < clients; k++)
            {
                weight[k, l] /= z;
                move += weight[k, l] * distance[k, l];
            }

            serverShift[l] = stepSize * move;
        }

        return weight;

        double LayerPeak(int layer)
        {
            double best = double.NegativeInfinity;
            for (int k = 0; k < clients; k++)
            {
                best = Math.Max(best, distance[k, layer]);
            }

            return best;
        }
    }
}
