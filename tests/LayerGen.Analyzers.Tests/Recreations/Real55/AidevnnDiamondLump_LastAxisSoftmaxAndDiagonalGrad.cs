// known gap: p(1 − p) of a softmax output, written in lambdas passed to the array's ApplyFunc after the helper call Softmaxfloat/Softmaxdouble, is not read as a softmax derivative (see README)
// gap: -LG0007@191 -LG0007@197
// Source: aidevnn/DiamondLump DiamondLump/Activations/SoftmaxActivation.cs:12, :29, :46, :62 (re-created, not copied)
// Layout: a flat NDarray (row-major data, shape [.., n]) normalised over its last axis: the per-slice maximum and sum
// come from helper reductions (ND.MaxAxis / ND.SumAxis, keepdims) read back as mx.Data[i / n]; float and double twins,
// and a generic Grad that applies x(1 − x) to the softmax output in a lambda.
// Label: Softmaxfloat, Softmaxdouble correct; DSoftmax LG0007 ×2 (the diagonal of the Jacobian only, one per type).
// The ND / NDarray types are small stand-ins written here for the library's.
using System;

namespace Recreations.Real55.AidevnnDiamondLump_LastAxisSoftmaxAndDiagonalGrad;

/// <summary>A minimal n-dimensional array: flat row-major data and a shape.</summary>
public sealed class NDarray<T>
{
    /// <summary>Creates an array over <paramref name="data"/> with the given shape.</summary>
    public NDarray(T[] data, int[] shape)
    {
        Data = data;
        Shape = shape;
    }

    /// <summary>The flat data.</summary>
    public T[] Data { get; }

    /// <summary>The extent of each axis.</summary>
    public int[] Shape { get; }

    /// <summary>Number of elements.</summary>
    public int Count => Data.Length;

    /// <summary>A new array with <paramref name="f"/> applied to every element.</summary>
    public NDarray<T> ApplyFunc(Func<T, T> f)
    {
        var data = new T[Data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = f(Data[i]);
        }

        return new NDarray<T>(data, Shape);
    }
}

/// <summary>Reductions over the last axis, one value per slice (keepdims shape).</summary>
public static class ND
{
    /// <summary>Maximum of each last-axis slice.</summary>
    public static NDarray<float> MaxAxis(NDarray<float> x, int axis, bool keepDims)
    {
        int n = x.Shape[axis];
        var data = new float[x.Count / n];
        for (int s = 0; s < data.Length; s++)
        {
            float m = x.Data[s * n];
            for (int k = 1; k < n; k++)
            {
                m = Math.Max(m, x.Data[(s * n) + k]);
            }

            data[s] = m;
        }

        return new NDarray<float>(data, KeptShape(x.Shape, keepDims));
    }

    /// <summary>Maximum of each last-axis slice.</summary>
    public static NDarray<double> MaxAxis(NDarray<double> x, int axis, bool keepDims)
    {
        int n = x.Shape[axis];
        var data = new double[x.Count / n];
        for (int s = 0; s < data.Length; s++)
        {
            double m = x.Data[s * n];
            for (int k = 1; k < n; k++)
            {
                m = Math.Max(m, x.Data[(s * n) + k]);
            }

            data[s] = m;
        }

        return new NDarray<double>(data, KeptShape(x.Shape, keepDims));
    }

    /// <summary>Sum of each last-axis slice.</summary>
    public static NDarray<float> SumAxis(NDarray<float> x, int axis, bool keepDims)
    {
        int n = x.Shape[axis];
        var data = new float[x.Count / n];
        for (int i = 0; i < x.Count; i++)
        {
            data[i / n] += x.Data[i];
        }

        return new NDarray<float>(data, KeptShape(x.Shape, keepDims));
    }

    /// <summary>Sum of each last-axis slice.</summary>
    public static NDarray<double> SumAxis(NDarray<double> x, int axis, bool keepDims)
    {
        int n = x.Shape[axis];
        var data = new double[x.Count / n];
        for (int i = 0; i < x.Count; i++)
        {
            data[i / n] += x.Data[i];
        }

        return new NDarray<double>(data, KeptShape(x.Shape, keepDims));
    }

    private static int[] KeptShape(int[] shape, bool keepDims)
    {
        var kept = (int[])shape.Clone();
        kept[kept.Length - 1] = 1;
        return keepDims ? kept : kept[..^1];
    }
}

/// <summary>The softmax activation: function and gradient.</summary>
public sealed class SoftmaxActivation<U>
{
    /// <summary>Softmax over the last axis.</summary>
    public NDarray<U>? Func(NDarray<U> x) => Softmax(x);

    /// <summary>The activation's gradient as the library computes it.</summary>
    public NDarray<U>? Grad(NDarray<U> x) => DSoftmax(x);

    private static NDarray<float> Softmaxfloat(NDarray<float> x)
    {
        int axis = x.Shape.Length - 1;
        int n = x.Shape[axis];
        var mx = ND.MaxAxis(x, axis, true);
        var data0 = new float[x.Count];
        for (int i = 0; i < x.Count; ++i)
        {
            data0[i] = (float)Math.Exp(x.Data[i] - mx.Data[i / n]);
        }

        var ex = new NDarray<float>(data0, x.Shape);
        var sx = ND.SumAxis(ex, axis, true);
        for (int i = 0; i < x.Count; ++i)
        {
            ex.Data[i] /= sx.Data[i / n];
        }

        return ex;
    }

    private static NDarray<double> Softmaxdouble(NDarray<double> x)
    {
        int axis = x.Shape.Length - 1;
        int n = x.Shape[axis];
        var mx = ND.MaxAxis(x, axis, true);
        var data0 = new double[x.Count];
        for (int i = 0; i < x.Count; ++i)
        {
            data0[i] = Math.Exp(x.Data[i] - mx.Data[i / n]);
        }

        var ex = new NDarray<double>(data0, x.Shape);
        var sx = ND.SumAxis(ex, axis, true);
        for (int i = 0; i < x.Count; ++i)
        {
            ex.Data[i] /= sx.Data[i / n];
        }

        return ex;
    }

    private static NDarray<V>? Softmax<V>(NDarray<V> x)
    {
        if (typeof(V) == typeof(float))
        {
            return Softmaxfloat((NDarray<float>)(object)x) as NDarray<V>;
        }

        if (typeof(V) == typeof(double))
        {
            return Softmaxdouble((NDarray<double>)(object)x) as NDarray<V>;
        }

        throw new ArgumentException($"{typeof(V).Name} is not supported. Only float or double");
    }

    private static NDarray<V>? DSoftmax<V>(NDarray<V> x)
    {
        if (typeof(V) == typeof(float))
        {
            var xf0 = Softmaxfloat((NDarray<float>)(object)x);
            return xf0.ApplyFunc(p => p * (1f - p)) as NDarray<V>; //~ LG0007
        }

        if (typeof(V) == typeof(double))
        {
            var xd0 = Softmaxdouble((NDarray<double>)(object)x);
            return xd0.ApplyFunc(p => p * (1.0 - p)) as NDarray<V>; //~ LG0007
        }

        throw new ArgumentException($"{typeof(V).Name} is not supported. Only float or double");
    }
}
