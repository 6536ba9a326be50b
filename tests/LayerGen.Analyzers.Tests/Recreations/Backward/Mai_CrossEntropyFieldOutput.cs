// Re-creation (our own code) of the loss of mmentella/mai, mai.v1/loss/CrossEntropyLossFunction.cs
// (Parallel.For over the outputs, -expected[i] * Math.Log(actualOutput[i])), placed in a layer object whose
// Forward stores the softmax output in a field, as the network classes of that repository keep their outputs.
// Layout: one vector; the probabilities come from a field written by another method of the type.
// Bug (LG0005): log of a stored probability.
using System;
using System.Threading.Tasks;

namespace Recreations.Backward.MaiCrossEntropyFieldOutput;

public sealed class SoftmaxOutputLayer
{
    private double[] _output = Array.Empty<double>();

    public double[] Forward(double[] input)
    {
        _output = new double[input.Length];
        double max = double.MinValue;
        foreach (double v in input)
        {
            if (v > max)
            {
                max = v;
            }
        }

        double sum = 0;
        for (int i = 0; i < input.Length; i++)
        {
            _output[i] = Math.Exp(input[i] - max);
            sum += _output[i];
        }

        for (int i = 0; i < input.Length; i++)
        {
            _output[i] /= sum;
        }

        return _output;
    }

    public double[] Loss(double[] expectedOutput)
    {
        double[] loss = new double[_output.Length];
        Parallel.For(0, _output.Length, i =>
        {
            loss[i] = -1 * (expectedOutput[i] * Math.Log(_output[i])); //~ LG0005
        });
        return loss;
    }
}
