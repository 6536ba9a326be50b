// Source: Rregi733/CNN Layers/SoftMaxLayer.cs:25 and :40 (re-created, not copied)
// Layout: a CNN's output layer with fixed-size double[] fields for its input and output; Forward subtracts the LINQ
// maximum, stores exp(x − max) in the output field with a running sum and divides in place; Backward returns
// output − one-hot label (the combined softmax + categorical cross-entropy gradient).
// Label: correct ×2 — per-vector maximum, and the O(n) cross-entropy gradient (no Jacobian, no log).
using System;
using System.Linq;

namespace Recreations.Real52.Rregi733ShiftedLayerWithCrossEntropyGradient;

[Serializable]
public sealed class SoftMaxLayer
{
    private readonly int _size;
    private double[] _input;
    private readonly double[] _output;

    public SoftMaxLayer(int size)
    {
        _size = size;
        _input = new double[size];
        _output = new double[size];
    }

    public double[] Forward(double[] input)
    {
        _input = input;
        double expSum = 0.0;
        double maxElement = input.Max();
        for (int i = 0; i < _size; i++)
        {
            _output[i] = Math.Exp(input[i] - maxElement);
            expSum += _output[i];
        }

        for (int i = 0; i < _size; i++)
        {
            _output[i] = _output[i] / expSum;
        }

        return _output;
    }

    public double[] Backward(double[] trueLabel, double learningRate, double momentum)
    {
        var gradient = new double[_size];
        for (int i = 0; i < _size; i++)
        {
            gradient[i] = _output[i] - trueLabel[i];
        }

        return gradient;
    }

    public int InputLength => _input.Length;
}
