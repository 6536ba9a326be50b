// Re-creation (our own code) of tech-quantum/techquantum-demos, Learn-NN-CSharp/Final/NeuroSimple/Layers/
// Activations/Softmax.cs as it is: the forward is Output = 1 / (1 + exp(-x)), a sigmoid, and the backward
// grad * Output * (1 - Output) is that sigmoid's correct derivative.
// Layout: one vector, Output a property. Correct for LG0007 (y is a sigmoid output): no diagnostic.
using System;

namespace Recreations.Backward.NeuroSimpleSigmoidOutputTimesComplement;

public sealed class Softmax
{
    public double[] Output { get; private set; } = Array.Empty<double>();

    public double[] InputGrad { get; private set; } = Array.Empty<double>();

    public void Forward(double[] x)
    {
        Output = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            Output[i] = 1 / (1 + Math.Exp(-x[i]));
        }
    }

    public void Backward(double[] grad)
    {
        InputGrad = new double[grad.Length];
        for (int i = 0; i < grad.Length; i++)
        {
            InputGrad[i] = grad[i] * Output[i] * (1 - Output[i]);
        }
    }
}
