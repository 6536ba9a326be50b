// Idiom: a first NeuralNetwork class with layers as double[][] fields and Console.WriteLine of the outputs; the output
// layer computes each class's weighted sum and exponentiates it in the same loop, then divides by the total.
// Layout: one sample at a time, double[] of length OutputSize.
// Bug (LG0003): exp of the raw output-layer sums, no max subtracted (NaN once a sum is above ~709).
using System;

namespace HeldOut33.NeuralNetworkRawOutputExp;

/// <summary>A two-layer network with a softmax output, as in a beginner's blog post.</summary>
public class NeuralNetwork
{
    public int InputSize;
    public int HiddenSize;
    public int OutputSize;
    public double[][] W1;
    public double[] B1;
    public double[][] W2;
    public double[] B2;

    public NeuralNetwork(double[][] w1, double[] b1, double[][] w2, double[] b2)
    {
        W1 = w1;
        B1 = b1;
        W2 = w2;
        B2 = b2;
        InputSize = w1[0].Length;
        HiddenSize = w1.Length;
        OutputSize = w2.Length;
    }

    public double[] FeedForward(double[] x)
    {
        double[] hiddenLayer = new double[HiddenSize];
        for (int j = 0; j < HiddenSize; j++)
        {
            double z = B1[j];
            for (int i = 0; i < InputSize; i++)
            {
                z += W1[j][i] * x[i];
            }

            hiddenLayer[j] = Math.Max(0, z);
        }

        double[] outputLayer = new double[OutputSize];
        double sumOfExps = 0;
        for (int k = 0; k < OutputSize; k++)
        {
            double z = B2[k];
            for (int j = 0; j < HiddenSize; j++)
            {
                z += W2[k][j] * hiddenLayer[j];
            }

            outputLayer[k] = Math.Exp(z); //~ LG0003
            sumOfExps += outputLayer[k];
        }

        for (int k = 0; k < OutputSize; k++)
        {
            outputLayer[k] = outputLayer[k] / sumOfExps;
            Console.WriteLine("P(class " + k + ") = " + outputLayer[k]);
        }

        return outputLayer;
    }
}
