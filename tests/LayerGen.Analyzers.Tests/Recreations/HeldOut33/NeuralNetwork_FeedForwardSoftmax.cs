// Idiom: a first NeuralNetwork class (tutorial style): layers as double[][] weight fields and double[] bias fields,
// ReLU hidden layer, FeedForward returns the output probabilities of one sample, Predict is the argmax.
// Layout: one sample at a time, double[] outputs of length outputCount.
// Correct: the output scores are shifted by their max before the exp and divided by their own sum.
using System;

namespace HeldOut33.NeuralNetworkFeedForwardSoftmax;

/// <summary>A two-layer network for a classification homework.</summary>
public class NeuralNetwork
{
    private readonly int inputCount;
    private readonly int hiddenCount;
    private readonly int outputCount;
    private readonly double[][] hiddenWeights;
    private readonly double[] hiddenBiases;
    private readonly double[][] outputWeights;
    private readonly double[] outputBiases;

    public NeuralNetwork(double[][] hiddenWeights, double[] hiddenBiases, double[][] outputWeights, double[] outputBiases)
    {
        this.hiddenWeights = hiddenWeights;
        this.hiddenBiases = hiddenBiases;
        this.outputWeights = outputWeights;
        this.outputBiases = outputBiases;
        inputCount = hiddenWeights[0].Length;
        hiddenCount = hiddenWeights.Length;
        outputCount = outputWeights.Length;
    }

    public double[] FeedForward(double[] inputs)
    {
        double[] hidden = new double[hiddenCount];
        for (int h = 0; h < hiddenCount; h++)
        {
            double total = hiddenBiases[h];
            for (int i = 0; i < inputCount; i++)
            {
                total += hiddenWeights[h][i] * inputs[i];
            }

            hidden[h] = total > 0 ? total : 0;
        }

        double[] outputs = new double[outputCount];
        for (int o = 0; o < outputCount; o++)
        {
            double total = outputBiases[o];
            for (int h = 0; h < hiddenCount; h++)
            {
                total += outputWeights[o][h] * hidden[h];
            }

            outputs[o] = total;
        }

        double largest = outputs[0];
        for (int o = 1; o < outputCount; o++)
        {
            if (outputs[o] > largest) largest = outputs[o];
        }

        double expSum = 0;
        for (int o = 0; o < outputCount; o++)
        {
            outputs[o] = Math.Exp(outputs[o] - largest);
            expSum += outputs[o];
        }

        for (int o = 0; o < outputCount; o++)
        {
            outputs[o] /= expSum;
        }

        return outputs;
    }

    public int Predict(double[] inputs)
    {
        double[] p = FeedForward(inputs);
        int best = 0;
        for (int o = 1; o < p.Length; o++)
        {
            if (p[o] > p[best]) best = o;
        }

        return best;
    }
}
