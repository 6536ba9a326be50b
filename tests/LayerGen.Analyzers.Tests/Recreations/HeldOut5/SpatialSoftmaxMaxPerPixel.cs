// Source: spatial-softmax feature-point layers in C# robotics code: softmax over each channel's H·W plane.
// Layout: float[channels, height, width]; the sum and division run over each channel's plane.
// Bug (LG0004): the max is taken per pixel across channels (the channel axis), not per channel over its plane.
using System;

namespace LayerGen.Recreations.HeldOut5.SpatialSoftmaxMaxPerPixelNs;

public static class SpatialSoftmaxMaxPerPixel
{
    public static float[,,] Forward(float[,,] features)
    {
        int channels = features.GetLength(0), height = features.GetLength(1), width = features.GetLength(2);
        var peak = new float[height, width];
        for (int h = 0; h < height; h++)
            for (int w = 0; w < width; w++)
            {
                float m = float.NegativeInfinity;
                for (int c = 0; c < channels; c++) m = MathF.Max(m, features[c, h, w]); //~ LG0004
                peak[h, w] = m;
            }

        var att = new float[channels, height, width];
        for (int c = 0; c < channels; c++)
        {
            float s = 0f;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    att[c, h, w] = MathF.Exp(features[c, h, w] - peak[h, w]);
                    s += att[c, h, w];
                }
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    att[c, h, w] /= s;
        }
        return att;
    }
}
