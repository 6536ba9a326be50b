// Idiom: a hand-written NumPy-style NdArray (data + shape + strides) with Max(axis, keepDims), broadcasting operators
// and Apply(MathF.Exp); softmax written as `e = exp(x - x.max(axis=-1, keepdims=True)); e / e.sum(axis=-1, keepdims=True)`.
// Use: classifier probabilities ported from a NumPy notebook.
// Layout: NdArray of float, shape (batch, classes), row-major strides computed from the shape; softmax over axis -1.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.NdArrayOps_KeepDimsSoftmax;

public sealed class NdArray
{
    public float[] Data { get; }
    public int[] Shape { get; }
    public int[] Strides { get; }

    public NdArray(float[] data, params int[] shape)
    {
        Data = data;
        Shape = shape;
        Strides = new int[shape.Length];
        int stride = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            Strides[d] = stride;
            stride *= shape[d];
        }
    }

    public int NDim => Shape.Length;

    private int Axis(int axis) => axis < 0 ? axis + NDim : axis;

    // Reduces one axis; the result keeps that axis with length 1 when keepDims is set.
    private NdArray Reduce(int axis, bool keepDims, float seed, Func<float, float, float> op)
    {
        int ax = Axis(axis);
        int outer = 1;
        for (int d = 0; d < ax; d++) outer *= Shape[d];
        int n = Shape[ax];
        int inner = Strides[ax];
        var result = new float[outer * inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                float acc = seed;
                for (int k = 0; k < n; k++) acc = op(acc, Data[o * n * inner + k * inner + i]);
                result[o * inner + i] = acc;
            }
        }

        var shape = (int[])Shape.Clone();
        shape[ax] = 1;
        if (!keepDims)
        {
            var dropped = new int[NDim - 1];
            for (int d = 0, e = 0; d < NDim; d++) if (d != ax) dropped[e++] = shape[d];
            shape = dropped;
        }

        return new NdArray(result, shape);
    }

    public NdArray Max(int axis, bool keepDims = false) => Reduce(axis, keepDims, float.NegativeInfinity, MathF.Max);

    public NdArray Sum(int axis, bool keepDims = false) => Reduce(axis, keepDims, 0f, static (a, b) => a + b);

    public NdArray Apply(Func<float, float> f)
    {
        var result = new float[Data.Length];
        for (int i = 0; i < Data.Length; i++) result[i] = f(Data[i]);
        return new NdArray(result, (int[])Shape.Clone());
    }

    // Broadcasts b against a when b has the same rank and length 1 wherever it differs.
    private static NdArray Broadcast(NdArray a, NdArray b, Func<float, float, float> op)
    {
        var result = new float[a.Data.Length];
        var index = new int[a.NDim];
        for (int flat = 0; flat < a.Data.Length; flat++)
        {
            int rest = flat;
            int offset = 0;
            for (int d = a.NDim - 1; d >= 0; d--)
            {
                index[d] = rest % a.Shape[d];
                rest /= a.Shape[d];
                offset += (b.Shape[d] == 1 ? 0 : index[d]) * b.Strides[d];
            }

            result[flat] = op(a.Data[flat], b.Data[offset]);
        }

        return new NdArray(result, (int[])a.Shape.Clone());
    }

    public static NdArray operator -(NdArray a, NdArray b) => Broadcast(a, b, static (x, y) => x - y);

    public static NdArray operator /(NdArray a, NdArray b) => Broadcast(a, b, static (x, y) => x / y);
}

public static class Special
{
    public static NdArray Softmax(NdArray x, int axis = -1)
    {
        NdArray e = (x - x.Max(axis, keepDims: true)).Apply(MathF.Exp);
        return e / e.Sum(axis, keepDims: true);
    }

    public static float[] Probabilities(float[] logits, int batch, int classes) =>
        Softmax(new NdArray(logits, batch, classes), axis: -1).Data;
}
