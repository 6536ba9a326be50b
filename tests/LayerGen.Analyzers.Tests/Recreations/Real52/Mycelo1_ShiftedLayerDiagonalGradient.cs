// Source: mycelo1/NeuralNetwork Layers/SoftmaxLayer.cs:27 and :45 (re-created, not copied)
// Layout: a layer hierarchy: the base Layer's FeedForward stores the overridden activation's result in a protected
// `outputs` field; the softmax layer's activation takes the maximum, sums exp(x − max) and recomputes each exp for
// the quotient; its gradient overrides ComputeGradients with (1 − y)·y·(target − y) per neuron ("softmax
// derivative = (1 − y) * y") and hands it to the previous layer.
// Label: ActivationFunction correct; ComputeGradients LG0007 — only the Jacobian's diagonal y(1 − y) is used, the
// −y_i·y_j cross terms are dropped: for a squared-error loss the gradient is wrong (numerically checked: it differs
// from the full product y ⊙ (g − ⟨y, g⟩) on a 3-class example).
using System;

namespace Recreations.Real52.Mycelo1ShiftedLayerDiagonalGradient;

public abstract class Layer
{
    protected double[] outputs;

    protected Layer(int neurons)
    {
        Neurons = neurons;
        outputs = new double[neurons];
        Gradients = new double[neurons];
    }

    public int Neurons { get; }

    public double[] Gradients { get; }

    public Layer? PreviousLayer { get; set; }

    public double[] FeedForward(double[] weightedSums)
    {
        outputs = ActivationFunction(weightedSums);
        return outputs;
    }

    protected abstract double[] ActivationFunction(double[] weightedSums);

    public abstract void ComputeGradients(double[] targetValues);
}

public sealed class SoftmaxLayer : Layer
{
    public SoftmaxLayer(int neurons)
        : base(neurons)
    {
    }

    protected override double[] ActivationFunction(double[] weightedSums)
    {
        double max = double.MinValue;
        double scale = 0.0;
        var result = new double[weightedSums.Length];
        for (int x = 0; x < weightedSums.Length; ++x)
        {
            if (weightedSums[x] > max)
            {
                max = weightedSums[x];
            }
        }

        for (int x = 0; x < weightedSums.Length; ++x)
        {
            scale += Math.Exp(weightedSums[x] - max);
        }

        for (int x = 0; x < weightedSums.Length; ++x)
        {
            result[x] = Math.Exp(weightedSums[x] - max) / scale;
        }

        return result;
    }

    public override void ComputeGradients(double[] targetValues)
    {
        var result = new double[Neurons];
        for (int x = 0; x < Neurons; x++)
        {
            result[x] = ((1 - outputs[x]) * outputs[x]) * (targetValues[x] - outputs[x]); //~ LG0007
        }

        Array.Copy(result, Gradients, Gradients.Length);
        PreviousLayer?.ComputeGradients(Gradients);
    }
}
