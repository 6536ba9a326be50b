// known gap: d * (1.0 − d) through a user vector type's operators (see README)
// gap: -LG0007@90
// Source: sethjuarez/numl Src/numl/Math/Functions/Softmax.cs:27, :54 (commit 267ce2c2a50c) (re-created, not copied)
// Layout: one output vector of numl's own dense Vector type (a double[] wrapper with an element-wise Each(lambda), Max,
// Sum and Hadamard / scalar operators). Compute subtracts the vector's own maximum inside the Each lambda and divides
// by the Sum of the exps in a second Each. Derivative recomputes the softmax and returns d * (1 − d) element-wise,
// the diagonal of the Jacobian only, which the network multiplies with dE/dy (the output layer of the GRU model).
// Label: Compute correct; Derivative LG0007.
using System;
using System.Linq;

namespace Recreations.Real56.SethjuarezNuml_EachLambdaSoftmaxAndDiagonalDerivative;

/// <summary>A small stand-in for numl's dense vector: a double[] with element-wise helpers and operators.</summary>
internal sealed class Vector
{
    private readonly double[] _values;

    public Vector(double[] values) => _values = values;

    public int Length => _values.Length;

    public double this[int i] => _values[i];

    /// <summary>A new vector with <paramref name="f"/> applied to every element.</summary>
    public Vector Each(Func<double, double> f)
    {
        var result = new double[_values.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = f(_values[i]);
        }

        return new Vector(result);
    }

    public double Max() => _values.Max();

    public double Sum() => _values.Sum();

    public int MaxIndex() => Array.IndexOf(_values, _values.Max());

    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>Element-wise (Hadamard) product, as numl defines it.</summary>
    public static Vector operator *(Vector one, Vector two)
    {
        var result = one.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            result[i] *= two[i];
        }

        return new Vector(result);
    }

    /// <summary>A scalar minus every element.</summary>
    public static Vector operator -(double s, Vector v)
    {
        var result = v.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = s - result[i];
        }

        return new Vector(result);
    }
}

/// <summary>numl's softmax output function.</summary>
internal sealed class Softmax
{
    /// <summary>The softmax of one vector, shifted by its own maximum.</summary>
    public Vector Compute(Vector x)
    {
        double max = x.Max();
        Vector softmax = x.Each(v => Math.Exp(v - max));

        double sum = softmax.Sum();

        softmax = softmax.Each(s => s / sum);

        return softmax;
    }

    /// <summary>The "derivative" the network multiplies with the error: the Jacobian's diagonal only.</summary>
    public Vector Derivative(Vector x)
    {
        Vector d = Compute(x);
        return d * (1.0 - d); //~ LG0007
    }

    /// <summary>The predicted class.</summary>
    public double Minimize(Vector x) => Compute(x).MaxIndex();
}
