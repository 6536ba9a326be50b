// Re-creation (our own code) of Activation_Softmax.backward from "Neural Networks from Scratch" (nnfs.io, also
// Sentdex/NNfSiX): for every sample, jacobian = diagflat(output) - dot(output, output.T), then
// dinputs[index] = dot(jacobian, dvalues[index]).
// Layout: row-major double[batch, classes]; the output is a field written by Forward; the Jacobian is a
// per-sample double[n, n] built in two steps (diagonal, then minus the outer product).
// Bug (LG0006): O(n^2) per sample.
using System;

namespace Recreations.Backward.NnfsDiagflatMinusOuterBatch;

public sealed class ActivationSoftmax
{
    private double[,] _output = new double[0, 0];

    public double[,] DInputs { get; private set; } = new double[0, 0];

    public void Forward(double[,] inputs)
    {
        int samples = inputs.GetLength(0), classes = inputs.GetLength(1);
        _output = new double[samples, classes];
        for (int s = 0; s < samples; s++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = Math.Max(max, inputs[s, c]);
            }

            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                _output[s, c] = Math.Exp(inputs[s, c] - max);
                sum += _output[s, c];
            }

            for (int c = 0; c < classes; c++)
            {
                _output[s, c] /= sum;
            }
        }
    }

    public void Backward(double[,] dvalues)
    {
        int samples = dvalues.GetLength(0), classes = dvalues.GetLength(1);
        DInputs = new double[samples, classes];
        for (int index = 0; index < samples; index++)
        {
            var jacobian = new double[classes, classes];
            for (int i = 0; i < classes; i++)
            {
                jacobian[i, i] = _output[index, i];
            }

            for (int i = 0; i < classes; i++)
            {
                for (int j = 0; j < classes; j++)
                {
                    jacobian[i, j] -= _output[index, i] * _output[index, j]; //~ LG0006
                }
            }

            for (int i = 0; i < classes; i++)
            {
                double total = 0;
                for (int j = 0; j < classes; j++)
                {
                    total += jacobian[i, j] * dvalues[index, j];
                }

                DInputs[index, i] = total;
            }
        }
    }
}
