// Idiom: semantic segmentation head, per-pixel softmax over the class channels of the network's NCHW logits
// Layout: flat float[] NCHW, index ((n * C + c) * H + y) * W + x; channel stride H * W
// Correct
using System;

namespace HeldOut38.SegNchw_PixelChannels;

public static class SegmentationHead
{
    public static float[] ClassProbabilities(float[] logits, int batch, int classes, int height, int width)
    {
        var probs = new float[logits.Length];
        int plane = height * width;
        for (int n = 0; n < batch; n++)
        {
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    float max = float.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        float v = logits[((n * classes + c) * height + y) * width + x];
                        if (v > max) max = v;
                    }

                    float sum = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        int idx = ((n * classes + c) * height + y) * width + x;
                        float e = MathF.Exp(logits[idx] - max);
                        probs[idx] = e;
                        sum += e;
                    }

                    float inv = 1f / sum;
                    for (int c = 0; c < classes; c++)
                    {
                        probs[n * classes * plane + c * plane + y * width + x] *= inv;
                    }
                }
            }
        }

        return probs;
    }
}
