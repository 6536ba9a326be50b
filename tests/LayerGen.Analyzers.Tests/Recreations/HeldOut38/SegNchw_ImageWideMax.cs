// Idiom: semantic segmentation head, per-pixel class softmax "stabilised" with one maximum per image
// Layout: float[n, c, h, w] multidimensional array (NCHW), sizes from GetLength
// Bug (LG0001): the max runs over every class channel and every pixel of the image, the sum per pixel over the channels
using System;

namespace HeldOut38.SegNchw_ImageWideMax;

public static class SegmentationSoftmax
{
    public static float[,,,] Softmax2d(float[,,,] logits)
    {
        int batch = logits.GetLength(0);
        int channels = logits.GetLength(1);
        int height = logits.GetLength(2);
        int width = logits.GetLength(3);
        var output = new float[batch, channels, height, width];

        for (int b = 0; b < batch; b++)
        {
            float imageMax = float.MinValue;
            for (int k = 0; k < channels; k++)
                for (int y = 0; y < height; y++)
                    for (int x = 0; x < width; x++)
                        imageMax = Math.Max(imageMax, logits[b, k, y, x]); //~ LG0001

            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    float denom = 0f;
                    for (int k = 0; k < channels; k++)
                    {
                        float e = MathF.Exp(logits[b, k, y, x] - imageMax);
                        output[b, k, y, x] = e;
                        denom += e;
                    }

                    for (int k = 0; k < channels; k++)
                        output[b, k, y, x] /= denom;
                }
            }
        }

        return output;
    }
}
