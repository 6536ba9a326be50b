// Source: patpot/MultiLayerPerceptron Program.cs:8 (re-created, not copied)
// Layout: the program's entry point trains a two-output perceptron, takes the output nets for one test input as a
// List<float>, sums MathF.Exp over the list in one loop and prints exp(net_i) / sum per output in a second loop.
// Label: Main LG0003 ×2 — no maximum is subtracted: a net above ~88 gives inf / inf = NaN.
using System;
using System.Collections.Generic;

namespace Recreations.Real53.PatpotMultiLayerPerceptronMainRawSoftmax;

public sealed class NodeManager
{
    private readonly List<float> _outputWeights = new List<float> { 0.98f, 0.35f, 0.5f, 0.9f, 0.92f, 0.8f, 0.13f, 0.8f };

    public void Train(int epochCount)
    {
        for (int epoch = 0; epoch < epochCount; epoch++)
        {
            for (int i = 0; i < _outputWeights.Count; i++)
            {
                _outputWeights[i] *= 0.999f;
            }
        }
    }

    public List<float> Test(List<float> inputs)
    {
        var nets = new List<float>();
        for (int node = 0; node < 2; node++)
        {
            float net = 0f;
            for (int i = 0; i < inputs.Count; i++)
            {
                net += _outputWeights[node * inputs.Count + i] * inputs[i];
            }

            nets.Add(net);
        }

        return nets;
    }
}

public static class Program
{
    public static void Main()
    {
        var nodeManager = new NodeManager();
        nodeManager.Train(500);

        List<float> testNets = nodeManager.Test(new List<float> { 1f, 0.30f, 0.70f, 0.90f });

        float denominator = 0f;
        for (int j = 0; j < testNets.Count; j++)
        {
            denominator += MathF.Exp(testNets[j]); //~ LG0003
        }

        for (int i = 0; i < testNets.Count; i++)
        {
            float numerator = MathF.Exp(testNets[i]); //~ LG0003
            float probability = numerator / denominator;
            Console.WriteLine($"Probability distribution: {probability}");
        }
    }
}
