// Re-creation (our own code) of the spatial softmax used for keypoint heatmaps (a softmax over all h x w positions
// of each channel, as in ColorfulSoft's channel-first float tensors read with Get(x, y, d)): the maximum and the sum
// both run over the two spatial axes of a channel.
// Layout: float[channels, h, w], softmax axis = (h, w) jointly. Correct: max and sum over the same two axes.
using System;

namespace HeldOut.SpatialSoftmaxChannels;

public static class SpatialSoftmax
{
    public static void Forward(float[,,] maps)
    {
        int channels = maps.GetLength(0);
        int height = maps.GetLength(1);
        int width = maps.GetLength(2);
        for (int c = 0; c < channels; c++)
        {
            float max = float.NegativeInfinity;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    max = MathF.Max(max, maps[c, y, x]);
                }
            }

            float sum = 0f;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    maps[c, y, x] = MathF.Exp(maps[c, y, x] - max);
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
