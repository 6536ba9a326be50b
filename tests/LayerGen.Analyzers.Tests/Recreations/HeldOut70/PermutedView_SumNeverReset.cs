// Idiom: an `NdArray` class with `Permute(params int[] axes)` returning a strided 3D view class (use: per-time-step class softmax of a [batch, classes, time] conv output).
// Layout: double storage [B, C, T] row-major; `Permute(0, 2, 1)` gives a [B, T, C] view; softmax over C per (b, t).
// Bug LG0002: the normaliser `norm` is declared before all loops and never reset, so it sums the exps of every (b, t) slice so far.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.PermutedView_SumNeverReset;

public sealed class NdArray
{
    public NdArray(double[] buffer, params int[] shape)
    {
        Buffer = buffer;
        Shape = shape;
        Strides = new int[shape.Length];
        int acc = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            Strides[d] = acc;
            acc *= shape[d];
        }
    }

    public double[] Buffer { get; }

    public int[] Shape { get; }

    public int[] Strides { get; }

    public StridedView3 Permute(params int[] axes) =>
        new(Buffer,
            new[] { Shape[axes[0]], Shape[axes[1]], Shape[axes[2]] },
            new[] { Strides[axes[0]], Strides[axes[1]], Strides[axes[2]] });
}

public sealed class StridedView3
{
    private readonly double[] _buffer;
    private readonly int[] _strides;

    public StridedView3(double[] buffer, int[] shape, int[] strides)
    {
        _buffer = buffer;
        Shape = shape;
        _strides = strides;
    }

    public int[] Shape { get; }

    public double this[int i, int j, int k]
    {
        get => _buffer[i * _strides[0] + j * _strides[1] + k * _strides[2]];
        set => _buffer[i * _strides[0] + j * _strides[1] + k * _strides[2]] = value;
    }
}

public static class TimeStepSoftmax
{
    public static NdArray Softmax(NdArray bct)
    {
        var output = new NdArray(new double[bct.Buffer.Length], bct.Shape);
        StridedView3 x = bct.Permute(0, 2, 1);
        StridedView3 y = output.Permute(0, 2, 1);
        double norm = 0.0;
        for (int b = 0; b < x.Shape[0]; b++)
        {
            for (int t = 0; t < x.Shape[1]; t++)
            {
                double m = double.NegativeInfinity;
                for (int c = 0; c < x.Shape[2]; c++)
                {
                    m = Math.Max(m, x[b, t, c]);
                }

                for (int c = 0; c < x.Shape[2]; c++)
                {
                    y[b, t, c] = Math.Exp(x[b, t, c] - m);
                    norm += y[b, t, c]; //~ LG0002
                }

                for (int c = 0; c < x.Shape[2]; c++)
                {
                    y[b, t, c] /= norm;
                }
            }
        }

        return output;
    }
}
