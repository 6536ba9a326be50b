// Source: tech-quantum/techquantum-demos Learn-NN-CSharp/Final/NeuroSimple/Layers/Activations/Softmax.cs:14
// (Forward), :20 (Backward) at b62804ad53f2 (re-created, not copied; NDArray stood in by a small array class)
// Layout: an activation layer named "Softmax" whose Forward is the element-wise logistic 1 / (1 + exp(−x)) and
// whose Backward is grad·y·(1 − y): a sigmoid under a softmax name, with no normalisation anywhere.
// Label: correct ×2 (look-alike: y(1 − y) is the right derivative of an element-wise sigmoid; exp(−x) feeds no
// softmax normalisation).
using System;

namespace Recreations.TechQuantumDemos_SigmoidNamedSoftmax;

/// <summary>Stand-in for the demo's NDArray: a float vector with element-wise operators.</summary>
public sealed class NDArray(float[] values)
{
    /// <summary>The elements.</summary>
    public float[] Values { get; } = values;

    /// <summary>Element-wise sum with a scalar.</summary>
    public static NDArray operator +(float a, NDArray b) => b.Map(v => a + v);

    /// <summary>Element-wise difference from a scalar.</summary>
    public static NDArray operator -(float a, NDArray b) => b.Map(v => a - v);

    /// <summary>Element-wise negation.</summary>
    public static NDArray operator -(NDArray a) => a.Map(v => -v);

    /// <summary>Scalar divided by each element.</summary>
    public static NDArray operator /(float a, NDArray b) => b.Map(v => a / v);

    /// <summary>Element-wise product.</summary>
    public static NDArray operator *(NDArray a, NDArray b)
    {
        var result = new float[a.Values.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = a.Values[i] * b.Values[i];
        }

        return new NDArray(result);
    }

    /// <summary>Element-wise e^x.</summary>
    public static NDArray Exp(NDArray x) => x.Map(MathF.Exp);

    private NDArray Map(Func<float, float> f)
    {
        var result = new float[Values.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = f(Values[i]);
        }

        return new NDArray(result);
    }
}

/// <summary>The layer: caches its input and output, produces the input gradient.</summary>
public sealed class Softmax
{
    /// <summary>The last input.</summary>
    public NDArray? Input { get; private set; }

    /// <summary>The last output.</summary>
    public NDArray? Output { get; private set; }

    /// <summary>The last input gradient.</summary>
    public NDArray? InputGrad { get; private set; }

    /// <summary>Forward: the logistic function of every element.</summary>
    public void Forward(NDArray x)
    {
        Input = x;
        Output = 1 / (1 + NDArray.Exp(-x));
    }

    /// <summary>Backward: grad·y·(1 − y).</summary>
    public void Backward(NDArray grad)
    {
        var output = Output ?? throw new InvalidOperationException("Forward first.");
        InputGrad = grad * output * (1 - output);
    }
}
