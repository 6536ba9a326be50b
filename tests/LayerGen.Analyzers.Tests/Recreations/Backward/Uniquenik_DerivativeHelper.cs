// Re-creation (our own code) of Uniquenik/Digit-recognizer2, NeuralNetwork/ActivationFunction/
// SoftMaxActivationFunction/SoftMaxActivationFunction.cs (Derivative(value) => value * (1 - value)), used the way
// its layer uses an activation's derivative: delta[i] = error[i] * Derivative(output[i]).
// Layout: one vector; the softmax output is a field written by Activate; the derivative is a private helper.
// Bug (LG0007): diagonal-only derivative through a helper (one level deep).
using System;
using System.Linq;

namespace Recreations.Backward.UniquenikDerivativeHelper;

public sealed class SoftMaxLayer
{
    private double[] _output = Array.Empty<double>();

    public double[] Activate(double[] values)
    {
        double max = values.Max();
        double sum = values.Sum(v => Math.Exp(v - max));
        _output = values.Select(v => Math.Exp(v - max) / sum).ToArray();
        return _output;
    }

    public double[] Deltas(double[] error)
    {
        var delta = new double[error.Length];
        for (int i = 0; i < error.Length; i++)
        {
            delta[i] = error[i] * Derivative(_output[i]); //~ LG0007
        }

        return delta;
    }

    private static double Derivative(double value) => value * (1 - value);
}
