// Source: channel-wise softmax of segmentation/NCHW outputs in C# (TensorShader `Channelwise.Softmax`; cuDNN's
// CUDNN_SOFTMAX_MODE_CHANNEL as wrapped by C# CudaDnn bindings: softmax over C for each N, H, W), re-created on a
// rank-4 float[,,,].
// Layout: float[N, C, H, W]; one softmax over C per (n, h, w).
// Correct: max and sum over the channel index only.
using System;

namespace HeldOut6.Nchw4DChannelSoftmax;

public static class ChannelModeSoftmax
{
    public static float[,,,] Forward(float[,,,] x)
    {
        int n = x.GetLength(0), c = x.GetLength(1), h = x.GetLength(2), w = x.GetLength(3);
        var y = new float[n, c, h, w];
        for (int b = 0; b < n; b++)
        {
            for (int i = 0; i < h; i++)
            {
                for (int j = 0; j < w; j++)
                {
                    float m = x[b, 0, i, j];
                    for (int k = 1; k < c; k++) m = MathF.Max(m, x[b, k, i, j]);
                    float s = 0f;
                    for (int k = 0; k < c; k++)
                    {
                        y[b, k, i, j] = MathF.Exp(x[b, k, i, j] - m);
                        s += y[b, k, i, j];
                    }

                    for (int k = 0; k < c; k++) y[b, k, i, j] /= s;
                }
            }
        }

        return y;
    }
}
