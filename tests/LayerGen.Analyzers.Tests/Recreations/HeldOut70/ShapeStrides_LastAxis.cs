// Idiom: a dense tensor class carrying `int[] Shape` and `int[] Strides` with an `Offset(i, j, k)` helper (use: per-token softmax over the vocabulary axis).
// Layout: float tensor [batch, tokens, vocab], row-major strides computed from the shape; softmax over the last axis.
// Correct: for every (i, j) the max and the sum walk k from the (i, j) base offset with the last-axis stride.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.ShapeStrides_LastAxis;

public sealed class DenseTensor
{
    public DenseTensor(params int[] shape)
    {
        Shape = (int[])shape.Clone();
        Strides = new int[shape.Length];
        int stride = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            Strides[d] = stride;
            stride *= shape[d];
        }

        Data = new float[stride];
    }

    public int[] Shape { get; }

    public int[] Strides { get; }

    public float[] Data { get; }

    public int Offset(int i, int j, int k) => i * Strides[0] + j * Strides[1] + k * Strides[2];
}

public static class LastAxisSoftmax
{
    public static DenseTensor Softmax(DenseTensor x)
    {
        int d0 = x.Shape[0];
        int d1 = x.Shape[1];
        int n = x.Shape[2];
        int step = x.Strides[2];
        var y = new DenseTensor(x.Shape);
        for (int i = 0; i < d0; i++)
        {
            for (int j = 0; j < d1; j++)
            {
                int src = x.Offset(i, j, 0);
                int dst = y.Offset(i, j, 0);
                float max = float.NegativeInfinity;
                for (int k = 0; k < n; k++)
                {
                    max = MathF.Max(max, x.Data[src + k * step]);
                }

                float sum = 0f;
                for (int k = 0; k < n; k++)
                {
                    float e = MathF.Exp(x.Data[src + k * step] - max);
                    y.Data[dst + k * step] = e;
                    sum += e;
                }

                for (int k = 0; k < n; k++)
                {
                    y.Data[dst + k * step] /= sum;
                }
            }
        }

        return y;
    }
}
