// Idiom: a user tensor-view struct (`Shape`, `Strides`, `Offset` over a flat buffer) with a softmax along any `axis` of a
// rank-2/3 view, walking the two other axes and stepping the softmax axis by its stride (the outer/axis/inner layout
// NumPy and ONNX runtimes use). Layout: strided view, any axis; rank-2 views get a leading 1. Correct.
using System;
using System.Numerics;

namespace HeldOut55.TensorView_AxisSoftmax;

/// <summary>A strided view over a flat buffer.</summary>
public readonly struct TensorView<T>
    where T : IFloatingPointIeee754<T>
{
    public TensorView(T[] buffer, int[] shape, int[] strides, int offset)
    {
        Buffer = buffer;
        Shape = shape;
        Strides = strides;
        Offset = offset;
    }

    public T[] Buffer { get; }
    public int[] Shape { get; }
    public int[] Strides { get; }
    public int Offset { get; }
    public int Rank => Shape.Length;
}

public static class ViewOps
{
    /// <summary>Writes the softmax along <paramref name="axis"/> of <paramref name="x"/> into <paramref name="y"/> (same shape and strides).</summary>
    public static void Softmax<T>(TensorView<T> x, TensorView<T> y, int axis)
        where T : IFloatingPointIeee754<T>
    {
        if (x.Rank is < 2 or > 3) throw new ArgumentException("Rank 2 or 3 expected.", nameof(x));
        int[] shape = x.Rank == 3 ? x.Shape : new[] { 1, x.Shape[0], x.Shape[1] };
        int[] strides = x.Rank == 3 ? x.Strides : new[] { 0, x.Strides[0], x.Strides[1] };
        int a = x.Rank == 3 ? axis : axis + 1;
        int p = a == 0 ? 1 : 0;
        int q = a == 2 ? 1 : 2;
        int n = shape[a];
        int step = strides[a];

        for (int i = 0; i < shape[p]; i++)
        {
            for (int j = 0; j < shape[q]; j++)
            {
                int start = x.Offset + i * strides[p] + j * strides[q];
                int outStart = y.Offset + (start - x.Offset);

                T max = x.Buffer[start];
                for (int k = 1; k < n; k++)
                {
                    T v = x.Buffer[start + k * step];
                    if (v > max) max = v;
                }

                T sum = T.Zero;
                for (int k = 0; k < n; k++)
                {
                    T e = T.Exp(x.Buffer[start + k * step] - max);
                    y.Buffer[outStart + k * step] = e;
                    sum += e;
                }

                for (int k = 0; k < n; k++)
                {
                    y.Buffer[outStart + k * step] /= sum;
                }
            }
        }
    }
}
