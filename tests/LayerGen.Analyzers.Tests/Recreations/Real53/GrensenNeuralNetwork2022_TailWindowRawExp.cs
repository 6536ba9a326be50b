// Source: grensen/neural_network_2022 neural_network_2022.cs:124 (re-created, not copied)
// Layout: one flat float[] holds every neuron of the network; the output layer is the tail window
// [neuronLen − output, neuronLen), walked with `n != neuronLen`; exps are stored in place with a running scale in
// one statement, then divided. The feed-forward pass (no exp) picks the prediction from the same window.
// Label: Softmax LG0003 — the comment promises the max trick but no maximum is subtracted: an output above ~88
// gives inf / inf = NaN.
using System;

namespace Recreations.Real53.GrensenNeuralNetwork2022TailWindowRawExp;

public static class Network
{
    public static int FeedForward(int[] net, float[] weight, float[] neuron)
    {
        int layer = net.Length - 1, j = 0;
        for (int i = 0, k = net[0], w = 0; i < layer; i++)
        {
            int left = net[i], right = net[i + 1];
            for (int l = 0; l < left; l++)
            {
                float n = neuron[j + l];
                if (n > 0)
                {
                    for (int r = 0; r < right; r++)
                    {
                        neuron[k + r] += n * weight[w + r];
                    }
                }

                w += right;
            }

            j += left;
            k += right;
        }

        int prediction = 0, output = net[layer];
        float max = neuron[j];
        for (int i = 1; i < output; i++)
        {
            float n = neuron[i + j];
            if (n > max)
            {
                max = n;
                prediction = i;
            }
        }

        return prediction;
    }

    public static void Softmax(float[] neuron, int neuronLen, int output)
    {
        float scale = 0;
        for (int n = neuronLen - output; n != neuronLen; n++)
        {
            scale += neuron[n] = MathF.Exp(neuron[n]); //~ LG0003
        }

        for (int n = neuronLen - output; n != neuronLen; n++)
        {
            neuron[n] = neuron[n] / scale;
        }
    }
}
