// Source: semantic-segmentation post-processing in C# with rank-4 buffers (ONNX [N, C, H, W] copied to double[,,,],
// AiDotNet SegmentationTensorOps-style helpers): class probabilities per pixel.
// Layout: double[,,,] [N, C, H, W]; softmax over C for every (n, h, w); max seeded with channel 0.
// Correct.
using System;

namespace LayerGen.HeldOut4.Array4DNchwChannelSoftmax;

public static class PixelClassProbabilities
{
    public static double[,,,] Forward(double[,,,] x)
    {
        int n = x.GetLength(0), c = x.GetLength(1), h = x.GetLength(2), w = x.GetLength(3);
        var y = new double[n, c, h, w];
        for (int i = 0; i < n; i++)
            for (int r = 0; r < h; r++)
                for (int q = 0; q < w; q++)
                {
                    double m = x[i, 0, r, q];
                    for (int k = 1; k < c; k++)
                        m = Math.Max(m, x[i, k, r, q]);

                    double s = 0.0;
                    for (int k = 0; k < c; k++)
                    {
                        y[i, k, r, q] = Math.Exp(x[i, k, r, q] - m);
                        s += y[i, k, r, q];
                    }

                    for (int k = 0; k < c; k++)
                        y[i, k, r, q] /= s;
                }

        return y;
    }
}
