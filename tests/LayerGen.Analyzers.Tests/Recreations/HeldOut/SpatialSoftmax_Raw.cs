// Variant (our own code) of the keypoint spatial softmax (softmax over all h x w positions of each channel of a
// float[channels, h, w] map) without the maximum: heatmap logits are exponentiated raw.
// Layout: float[channels, h, w], softmax axis = (h, w). Bug (LG0003).
using System;

namespace HeldOut.SpatialSoftmaxRaw;

public static class SpatialSoftmax
{
    public static void Forward(float[,,] maps)
    {
        int channels = maps.GetLength(0);
        int height = maps.GetLength(1);
        int width = maps.GetLength(2);
        for (int c = 0; c < channels; c++)
        {
            float sum = 0f;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    maps[c, y, x] = MathF.Exp(maps[c, y, x]); //~ LG0003
                    sum += maps[c, y, x];
                }
            }

            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    maps[c, y, x] /= sum;
                }
            }
        }
    }
}
