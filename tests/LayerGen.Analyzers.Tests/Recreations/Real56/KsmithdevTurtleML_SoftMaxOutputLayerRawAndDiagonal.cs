// Source: ksmithdev/TurtleML TurtleML/Layers/SoftMaxOutputLayer.cs:23, :40, TurtleML/Activations/SigmoidActivation.cs:12,
// :18, TurtleML/Loss/CrossEntropyLoss.cs:14 (commit ee76098cb1ea) (re-created, not copied)
// Layout: a small C# network library whose Tensor is a float buffer (width × length × depth) with an indexer and
// Length. The softmax output layer sums exp(input) over the tensor and divides exp(input) by it, no maximum; its
// Backpropagate multiplies each error by (1 − y) · y, the Jacobian's diagonal. The sigmoid activation beside it is
// the element-wise look-alike whose y(1 − y) derivative is right. The cross-entropy loss takes one predicted
// probability and one target: −t · log(y).
// Label: CalculateOutputs LG0003 ×2; Backpropagate LG0007; SigmoidActivation Activate / Derivative correct
// (look-alikes); CrossEntropyLoss.Calculate not counted (the log of a parameter another class produced).
using System;

namespace Recreations.Real56.KsmithdevTurtleML_SoftMaxOutputLayerRawAndDiagonal;

/// <summary>A stand-in for TurtleML's tensor: a dense float buffer.</summary>
internal sealed class Tensor(int width, int length, int depth)
{
    private readonly float[] _values = new float[width * length * depth];

    public Tensor(int length)
        : this(1, length, 1)
    {
    }

    public int Length => _values.Length;

    public float this[int index]
    {
        get => _values[index];
        set => _values[index] = value;
    }
}

/// <summary>The softmax output layer.</summary>
internal sealed class SoftMaxOutputLayer(int inputSize)
{
    public Tensor Outputs { get; private set; } = new Tensor(inputSize);

    /// <summary>The error signal passed to the layer below.</summary>
    public Tensor Backpropagate(Tensor inputs, Tensor errors, float learningRate, float momentumRate)
    {
        var signals = new Tensor(Outputs.Length);

        for (int o = 0; o < Outputs.Length; o++)
        {
            float error = errors[o];
            float output = Outputs[o];
            float derivative = (1f - output) * output; //~ LG0007

            signals[o] = error * derivative;
        }

        return signals;
    }

    /// <summary>The class probabilities of the layer's input.</summary>
    public Tensor CalculateOutputs(Tensor inputs, bool training = false)
    {
        float sum = 0f;
        for (int i = 0; i < inputs.Length; i++)
        {
            sum += (float)Math.Exp(inputs[i]); //~ LG0003
        }

        for (int i = 0; i < inputs.Length; i++)
        {
            Outputs[i] = (float)Math.Exp(inputs[i]) / sum; //~ LG0003
        }

        return Outputs;
    }
}

/// <summary>The logistic activation.</summary>
internal sealed class SigmoidActivation
{
    public float Activate(float value)
    {
        return 1f / (1f + (float)Math.Exp(-value));
    }

    /// <summary>The derivative in terms of the activation's output.</summary>
    public float Derivative(float value)
    {
        return value * (1f - value);
    }
}

/// <summary>The cross-entropy of one predicted probability against its target.</summary>
internal sealed class CrossEntropyLoss
{
    public float Calculate(float actual, float expected) => -expected * (float)Math.Log(actual);
}
