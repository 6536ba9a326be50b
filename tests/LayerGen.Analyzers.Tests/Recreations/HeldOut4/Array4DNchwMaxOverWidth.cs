// Source: segmentation heads in C# with rank-4 arrays (ONNX [N, C, H, W] outputs copied into float[,,,], U-Net
// course ports): per-pixel softmax over the channel axis.
// Layout: float[,,,] [N, C, H, W]; softmax over C; a "row max" precomputed for every (n, c, h).
// Bug: that max runs over the width axis W while the sum runs over the channel axis C (different axes).
using System;

namespace LayerGen.HeldOut4.Array4DNchwMaxOverWidth;

public static class ChannelSoftmax4D
{
    public static float[,,,] Forward(float[,,,] x)
    {
        int n = x.GetLength(0), c = x.GetLength(1), h = x.GetLength(2), w = x.GetLength(3);
        var rowMax = new float[n, c, h];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < c; k++)
                for (int r = 0; r < h; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int q = 0; q < w; q++)
                        m = MathF.Max(m, x[i, k, r, q]); //~ LG0004
                    rowMax[i, k, r] = m;
                }

        var y = new float[n, c, h, w];
        for (int i = 0; i < n; i++)
            for (int r = 0; r < h; r++)
                for (int q = 0; q < w; q++)
                {
                    float s = 0f;
                    for (int k = 0; k < c; k++)
                    {
                        y[i, k, r, q] = MathF.Exp(x[i, k, r, q] - rowMax[i, k, r]);
                        s += y[i, k, r, q];
                    }

                    for (int k = 0; k < c; k++)
                        y[i, k, r, q] /= s;
                }

        return y;
    }
}
