// Idiom: a permuted 4D view over NCHW storage (`perm` array maps view axes to storage axes, strides permuted with it) read as NHWC through `this[int n, int h, int w, int c]` (use: per-pixel class softmax of a segmentation head).
// Layout: float storage [N, C, H, W] row-major; the view is [N, H, W, C]; softmax over the view's last axis (channels) per pixel.
// Correct: for each (n, h, w) the max and the sum run over c only.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.PermutedView_ChannelSoftmax;

public sealed class PermutedView
{
    private readonly float[] _data;
    private readonly int[] _strides;

    public PermutedView(float[] data, int[] storageShape, int[] perm)
    {
        _data = data;
        var storageStrides = new int[storageShape.Length];
        int s = 1;
        for (int d = storageShape.Length - 1; d >= 0; d--)
        {
            storageStrides[d] = s;
            s *= storageShape[d];
        }

        Shape = new int[perm.Length];
        _strides = new int[perm.Length];
        for (int k = 0; k < perm.Length; k++)
        {
            Shape[k] = storageShape[perm[k]];
            _strides[k] = storageStrides[perm[k]];
        }
    }

    public int[] Shape { get; }

    public float this[int n, int h, int w, int c]
    {
        get => _data[n * _strides[0] + h * _strides[1] + w * _strides[2] + c * _strides[3]];
        set => _data[n * _strides[0] + h * _strides[1] + w * _strides[2] + c * _strides[3]] = value;
    }
}

public static class PixelSoftmax
{
    private static readonly int[] NchwToNhwc = { 0, 2, 3, 1 };

    public static float[] Softmax(float[] nchw, int n, int channels, int height, int width)
    {
        var result = new float[nchw.Length];
        int[] storage = { n, channels, height, width };
        var x = new PermutedView(nchw, storage, NchwToNhwc);
        var y = new PermutedView(result, storage, NchwToNhwc);
        for (int b = 0; b < x.Shape[0]; b++)
        {
            for (int h = 0; h < x.Shape[1]; h++)
            {
                for (int w = 0; w < x.Shape[2]; w++)
                {
                    float max = float.NegativeInfinity;
                    for (int c = 0; c < x.Shape[3]; c++)
                    {
                        max = MathF.Max(max, x[b, h, w, c]);
                    }

                    float sum = 0f;
                    for (int c = 0; c < x.Shape[3]; c++)
                    {
                        float e = MathF.Exp(x[b, h, w, c] - max);
                        y[b, h, w, c] = e;
                        sum += e;
                    }

                    for (int c = 0; c < x.Shape[3]; c++)
                    {
                        y[b, h, w, c] /= sum;
                    }
                }
            }
        }

        return result;
    }
}
