// Re-creation (our own code) of the shape of tinygrad, tinygrad/tensor.py, Tensor._softmax(axis) / Tensor.softmax:
// m = self - self.max(axis=axis, keepdim=True); e = m.exp(); ss = e.sum(axis=axis, keepdim=True); return e.div(ss).
// Layout: a small tensor class with an int[] Shape and a flat float[] Data; max/sum with keepdim return tensors with a
// size-1 dimension; binary ops broadcast size-1 dimensions through computed strides.
// Correct.
using System;

namespace Recreations.Tinygrad_TensorSoftmaxAxis;

/// <summary>A tiny eager tensor: shape plus row-major data.</summary>
public sealed class Tensor
{
    /// <summary>Creates a tensor over <paramref name="data"/>.</summary>
    public Tensor(int[] shape, float[] data)
    {
        Shape = shape;
        Data = data;
    }

    /// <summary>Dimension sizes.</summary>
    public int[] Shape { get; }

    /// <summary>Row-major elements.</summary>
    public float[] Data { get; }

    /// <summary>softmax(axis) = e / e.sum(axis, keepdim) with e = exp(x - x.max(axis, keepdim)).</summary>
    public Tensor Softmax(int axis = -1)
    {
        Tensor m = Sub(Max(axis));
        Tensor e = m.Exp();
        Tensor ss = e.Sum(axis);
        return e.Div(ss);
    }

    /// <summary>max(axis, keepdim=True).</summary>
    public Tensor Max(int axis) => Reduce(axis, float.NegativeInfinity, MathF.Max);

    /// <summary>sum(axis, keepdim=True).</summary>
    public Tensor Sum(int axis) => Reduce(axis, 0f, (a, b) => a + b);

    /// <summary>Elementwise exp.</summary>
    public Tensor Exp()
    {
        var r = new float[Data.Length];
        for (int k = 0; k < r.Length; k++) r[k] = MathF.Exp(Data[k]);
        return new Tensor(Shape, r);
    }

    /// <summary>this - other, broadcasting other's size-1 dimensions.</summary>
    public Tensor Sub(Tensor other) => Binary(other, (a, b) => a - b);

    /// <summary>this / other, broadcasting other's size-1 dimensions.</summary>
    public Tensor Div(Tensor other) => Binary(other, (a, b) => a / b);

    private Tensor Reduce(int axis, float seed, Func<float, float, float> op)
    {
        if (axis < 0) axis += Shape.Length;
        var outShape = (int[])Shape.Clone();
        outShape[axis] = 1;
        var r = new float[Data.Length / Shape[axis]];
        for (int k = 0; k < r.Length; k++) r[k] = seed;
        for (int k = 0; k < Data.Length; k++)
        {
            int target = BroadcastIndex(k, Shape, outShape);
            r[target] = op(r[target], Data[k]);
        }

        return new Tensor(outShape, r);
    }

    private Tensor Binary(Tensor other, Func<float, float, float> op)
    {
        var r = new float[Data.Length];
        for (int k = 0; k < r.Length; k++) r[k] = op(Data[k], other.Data[BroadcastIndex(k, Shape, other.Shape)]);
        return new Tensor(Shape, r);
    }

    /// <summary>The flat index in a tensor of <paramref name="to"/> shape that flat index k of <paramref name="from"/> broadcasts to.</summary>
    private static int BroadcastIndex(int k, int[] from, int[] to)
    {
        int index = 0, stride = 1;
        for (int d = from.Length - 1; d >= 0; d--)
        {
            int coordinate = k % from[d];
            k /= from[d];
            if (to[d] != 1) index += coordinate * stride;
            stride *= to[d];
        }

        return index;
    }
}
