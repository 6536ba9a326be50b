// known gap: missed LG0003: the exp is an autograd scalar's Exp() method (a MicroMath.Exp shim plus a node and a backward closure), not recognised as an exp
// gap: -LG0003@101
// Source: Habrador/MicrogradCSharp Assets/_MicrogradCSharp/Neural Network/Layers/Softmax.cs:37 and Assets/_MicrogradCSharp/Value.cs (re-created, not copied)
// Layout: one vector of autograd scalars (a `Value` class holding a float, its gradient and a backward closure,
// with overloaded − + / and an Exp() method that calls a MicroMath.Exp shim over MathF.Exp, Value.cs); the layer finds the largest logit in a float
// seeded at 0, subtracts it as a Value, exponentiates with Value.Exp(), sums into a Value and divides in place.
// Label: LG0003 — the maximum is seeded at 0 and no exp(0 − max) term is normalised: a vector whose logits are all
// far below 0 (e.g. around −1000) is shifted by 0, every exp underflows, sum 0, 0 / 0 = NaN (the corpus's
// zero-seeded-maximum convention, SeededMaximum_SeedIsNoTerm). Seeded at −∞ (or the first logit) it is correct.
using System;
using System.Collections.Generic;

namespace Recreations.Real52.MicrogradCSharpZeroSeededValueSoftmax;

public static class MicroMath
{
    public static float Exp(float x) => MathF.Exp(x);
}

public sealed class Value
{
    private readonly Value[] _children;
    private Action _backward = () => { };

    public Value(float data, params Value[] children)
    {
        Data = data;
        _children = children;
    }

    public float Data { get; }

    public float Grad { get; set; }

    public IReadOnlyList<Value> Children => _children;

    public static Value operator -(Value left, Value right)
    {
        var result = new Value(left.Data - right.Data, left, right);
        result._backward = () =>
        {
            left.Grad += result.Grad;
            right.Grad -= result.Grad;
        };
        return result;
    }

    public static Value operator +(Value left, Value right)
    {
        var result = new Value(left.Data + right.Data, left, right);
        result._backward = () =>
        {
            left.Grad += result.Grad;
            right.Grad += result.Grad;
        };
        return result;
    }

    public static Value operator /(Value left, Value right)
    {
        var result = new Value(left.Data / right.Data, left, right);
        result._backward = () =>
        {
            left.Grad += result.Grad / right.Data;
            right.Grad -= result.Grad * left.Data / (right.Data * right.Data);
        };
        return result;
    }

    public Value Exp()
    {
        float x = Data;
        float exp = MicroMath.Exp(x);
        var result = new Value(exp, this);
        result._backward = () => Grad += exp * result.Grad;
        return result;
    }

    public void Backward() => _backward();
}

public sealed class SoftmaxLayer
{
    public Value[] Activate(Value[] logits)
    {
        Value[] output = logits;

        float largest = 0f;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i].Data > largest)
            {
                largest = output[i].Data;
            }
        }

        var largestValue = new Value(largest);
        for (int i = 0; i < output.Length; i++)
        {
            Value shifted = output[i] - largestValue;
            output[i] = shifted.Exp(); //~ LG0003
        }

        var sum = new Value(0f);
        for (int i = 0; i < output.Length; i++)
        {
            sum += output[i];
        }

        for (int i = 0; i < output.Length; i++)
        {
            output[i] /= sum;
        }

        return output;
    }
}
