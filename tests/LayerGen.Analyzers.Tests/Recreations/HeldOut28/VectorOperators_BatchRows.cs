// HeldOut28. Idiom: a Vector class with operator overloads (vector − scalar, vector / scalar), Map(Func), Max() and
// Sum() members, the softmax written as one algebraic line per step over it.
// Use: a batch of policy heads, one Vector per state. Layout: Vector[] (1-D per row). Correct.
using System;
using System.Linq;

namespace LayerGen.HeldOut28.VectorOperators_BatchRows;

/// <summary>An immutable dense vector.</summary>
public sealed class Vector
{
    private readonly double[] _values;

    public Vector(double[] values) => _values = values;

    public int Length => _values.Length;

    public double this[int i] => _values[i];

    public static Vector operator -(Vector v, double s) => v.Map(x => x - s);

    public static Vector operator /(Vector v, double s) => v.Map(x => x / s);

    public Vector Map(Func<double, double> f)
    {
        var result = new double[_values.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = f(_values[i]);
        }

        return new Vector(result);
    }

    public double Max() => _values.Max();

    public double Sum() => _values.Sum();

    public double[] ToArray() => (double[])_values.Clone();
}

/// <summary>Softmax written with the vector algebra.</summary>
public static class PolicyHead
{
    public static Vector Softmax(Vector z)
    {
        var e = (z - z.Max()).Map(Math.Exp);
        return e / e.Sum();
    }

    public static Vector[] Forward(Vector[] batch) => batch.Select(Softmax).ToArray();
}
