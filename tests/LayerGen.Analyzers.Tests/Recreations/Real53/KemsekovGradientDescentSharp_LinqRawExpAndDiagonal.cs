// Source: Kemsekov/Adam-Optimizer-C- (GradientDescentSharp) Library/NeuralNetwork/ActivationFunctions/Softmax.cs:9,
// :16, ActivationFunctions/Sigmoid.cs:9 and Layers/Layer.cs:41 (re-created, not copied). Recreations/Backward's
// GradientDescentSharp_LinqMinusSquare is a variant of the same derivative (max added, arrays instead of a tensor).
// Layout: activations over a float tensor that is enumerable (LINQ Sum) and has an element-wise Map. Softmax:
// Activation = Sum(exp) then Map(exp / sum); ActivationDerivative = the same sum, then Map(p − p·p). The layer
// multiplies the upstream loss derivative by that vector element-wise. Sigmoid: 1 / (1 + exp(−x)) per element.
// Label: Softmax.Activation LG0003 ×2 (no maximum: an output above ~88 gives inf / inf = NaN);
// Softmax.ActivationDerivative LG0003 ×2 and LG0007 (p − p² is only the Jacobian's diagonal, applied element-wise:
// the cross terms −p_i p_j are dropped); Sigmoid correct (look-alike, element-wise, no normalisation).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real53.KemsekovGradientDescentSharpLinqRawExpAndDiagonal;

public sealed class FTensor : IEnumerable<float>
{
    private readonly float[] _values;

    public FTensor(float[] values) => _values = values;

    public int Length => _values.Length;

    public float this[int index]
    {
        get => _values[index];
        set => _values[index] = value;
    }

    public FTensor Map(Func<float, float> map)
    {
        var mapped = new float[_values.Length];
        for (int i = 0; i < _values.Length; i++)
        {
            mapped[i] = map(_values[i]);
        }

        return new FTensor(mapped);
    }

    public IEnumerator<float> GetEnumerator() => ((IEnumerable<float>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public interface IActivationFunction
{
    FTensor Activation(FTensor x);

    FTensor ActivationDerivative(FTensor x);
}

public sealed class Softmax : IActivationFunction
{
    public FTensor Activation(FTensor x)
    {
        var sum = x.Sum(x => MathF.Exp(x)); //~ LG0003
        return x.Map(x => MathF.Exp(x) / sum); //~ LG0003
    }

    public FTensor ActivationDerivative(FTensor x)
    {
        var sum = x.Sum(x => MathF.Exp(x)); //~ LG0003
        return x.Map(x =>
        {
            var ex = MathF.Exp(x); //~ LG0003
            var variable = ex / sum;
            return variable - variable * variable; //~ LG0007
        });
    }
}

public sealed class Sigmoid : IActivationFunction
{
    public FTensor Activation(FTensor x)
    {
        return x.Map(x => 1.0f / (1.0f + MathF.Exp(-x)));
    }

    public FTensor ActivationDerivative(FTensor x)
    {
        return x.Map(x => 1.0f - (1.0f / (1.0f + MathF.Exp(-x))));
    }
}

public sealed class Layer
{
    public Layer(IActivationFunction activation) => Activation = activation;

    public IActivationFunction Activation { get; }

    /// <summary>The bias gradient: the upstream loss derivative times the activation derivative, element by element.</summary>
    public FTensor BiasGradient(FTensor layerOutput, FTensor inputLossDerivative)
    {
        var layerOutputDerivative = Activation.ActivationDerivative(layerOutput);
        var gradient = new float[layerOutputDerivative.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] = layerOutputDerivative[i] * inputLossDerivative[i];
        }

        return new FTensor(gradient);
    }
}
