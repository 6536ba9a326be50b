// Idiom: a hand-written rank-3 Tensor class with Shape, Strides and a 3-index indexer, and a Softmax(axis) that walks
// the two other axes and normalises along the chosen one (the way small C# "NumSharp-lite" tensor classes are written;
// stride computation after onnx2code's compute_strides; our own code).
// Layout: Tensor over flat float[] with row-major strides; softmax along any axis 0..2.
// Correct: per-fibre max and sum along the chosen axis.
using System;

namespace HeldOut67.StridedTensor_AxisIndexer;

public sealed class Tensor
{
    public int[] Shape { get; }
    public int[] Strides { get; }
    public float[] Data { get; }

    public Tensor(params int[] shape)
    {
        Shape = shape;
        Strides = new int[shape.Length];
        int stride = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            Strides[d] = stride;
            stride *= shape[d];
        }

        Data = new float[stride];
    }

    public float this[int i, int j, int k]
    {
        get => Data[i * Strides[0] + j * Strides[1] + k * Strides[2]];
        set => Data[i * Strides[0] + j * Strides[1] + k * Strides[2]] = value;
    }

    public Tensor Softmax(int axis)
    {
        var result = new Tensor(Shape);
        int u = axis == 0 ? 1 : 0;
        int v = axis == 2 ? 1 : 2;
        var idx = new int[3];
        for (int a = 0; a < Shape[u]; a++)
        {
            for (int b = 0; b < Shape[v]; b++)
            {
                idx[u] = a;
                idx[v] = b;
                float max = float.NegativeInfinity;
                for (int t = 0; t < Shape[axis]; t++)
                {
                    idx[axis] = t;
                    max = MathF.Max(max, this[idx[0], idx[1], idx[2]]);
                }

                float sum = 0f;
                for (int t = 0; t < Shape[axis]; t++)
                {
                    idx[axis] = t;
                    float e = MathF.Exp(this[idx[0], idx[1], idx[2]] - max);
                    result[idx[0], idx[1], idx[2]] = e;
                    sum += e;
                }

                for (int t = 0; t < Shape[axis]; t++)
                {
                    idx[axis] = t;
                    result[idx[0], idx[1], idx[2]] /= sum;
                }
            }
        }

        return result;
    }
}
