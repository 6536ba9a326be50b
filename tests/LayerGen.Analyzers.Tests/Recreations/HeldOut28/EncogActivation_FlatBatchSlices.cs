// HeldOut28. Idiom: an IActivationFunction interface (Activate over a slice given by start and size, Derivative) with
// several implementations, the output layer holding one as a strategy (Encog's ActivationFunction(d, start, size) shape).
// Use: multi-class output layer of a feed-forward network. Layout: flat row-major double[batch · classes], one slice per
// row passed as (start, size). Correct.
using System;

namespace LayerGen.HeldOut28.EncogActivation_FlatBatchSlices;

/// <summary>An activation applied in place to a slice of a buffer.</summary>
public interface IActivationFunction
{
    bool HasDerivative { get; }

    void Activate(double[] values, int start, int size);

    double Derivative(double input, double output);
}

/// <summary>Hyperbolic tangent, element-wise.</summary>
public sealed class ActivationTanh : IActivationFunction
{
    public bool HasDerivative => true;

    public void Activate(double[] values, int start, int size)
    {
        for (var i = start; i < start + size; i++)
        {
            values[i] = Math.Tanh(values[i]);
        }
    }

    public double Derivative(double input, double output) => 1.0 - (output * output);
}

/// <summary>Softmax over the slice: one distribution per call.</summary>
public sealed class ActivationSoftMax : IActivationFunction
{
    public bool HasDerivative => false;

    public void Activate(double[] values, int start, int size)
    {
        var max = double.NegativeInfinity;
        for (var i = start; i < start + size; i++)
        {
            if (values[i] > max) max = values[i];
        }

        var sum = 0.0;
        for (var i = start; i < start + size; i++)
        {
            values[i] = Math.Exp(values[i] - max);
            sum += values[i];
        }

        for (var i = start; i < start + size; i++)
        {
            values[i] /= sum;
        }
    }

    public double Derivative(double input, double output) =>
        throw new NotSupportedException("Softmax is trained through its cross-entropy error.");
}

/// <summary>The last layer: applies its activation to every row of a flat batch.</summary>
public sealed class OutputLayer(int neurons, IActivationFunction activation)
{
    public int Neurons { get; } = neurons;

    public IActivationFunction Activation { get; } = activation;

    public void Compute(double[] batch, int batchSize)
    {
        for (var r = 0; r < batchSize; r++)
        {
            Activation.Activate(batch, r * Neurons, Neurons);
        }
    }
}
