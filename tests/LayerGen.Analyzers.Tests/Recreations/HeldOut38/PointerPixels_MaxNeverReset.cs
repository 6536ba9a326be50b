// Idiom: per-pixel channel softmax over a raw float image, pointer walked pixel by pixel, peak hoisted out of the loops
// Layout: unsafe float* over a packed HWC buffer, the pointer advanced by the channel count per pixel
// Bug (LG0001): the peak is initialised once before the image walk and never reset, so it is a max over every pixel so far
using System;

namespace HeldOut38.PointerPixels_MaxNeverReset;

public static unsafe class RawImageOps
{
    public static void ChannelSoftmax(float* src, float* dst, int width, int height, int channels)
    {
        float peak = float.MinValue;
        float* s = src;
        float* d = dst;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++, s += channels, d += channels)
            {
                for (int c = 0; c < channels; c++)
                    peak = s[c] > peak ? s[c] : peak; //~ LG0001

                float sum = 0f;
                for (int c = 0; c < channels; c++)
                {
                    d[c] = MathF.Exp(s[c] - peak);
                    sum += d[c];
                }

                for (int c = 0; c < channels; c++)
                    d[c] /= sum;
            }
        }
    }
}
