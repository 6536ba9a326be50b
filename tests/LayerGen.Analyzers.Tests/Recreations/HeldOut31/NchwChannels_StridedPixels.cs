// Idiom: NCHW channel softmax (semantic segmentation head) with a cache-friendly loop order: channel planes outer,
// pixels inner, per-pixel max and sum buffers refilled per image.
// Layout: flat float[N * C * H * W]; element (b, c, p) at b * C * HW + c * HW + p; softmax over c (stride HW).
// Correct: both buffers are indexed by the pixel.
using System;

namespace HeldOut31.NchwChannels;

/// <summary>Channel softmax of an NCHW tensor.</summary>
public static class PixelBufferChannelSoftmax
{
    /// <summary>Softmax over the channels of every pixel of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int batch, int channels, int height, int width)
    {
        int hw = height * width;
        float[] pixelMax = new float[hw];
        float[] pixelSum = new float[hw];
        for (int b = 0; b < batch; b++)
        {
            int image = b * channels * hw;
            Array.Fill(pixelMax, float.NegativeInfinity);
            Array.Clear(pixelSum);
            for (int c = 0; c < channels; c++)
            {
                int plane = image + c * hw;
                for (int p = 0; p < hw; p++)
                {
                    pixelMax[p] = MathF.Max(pixelMax[p], x[plane + p]);
                }
            }

            for (int c = 0; c < channels; c++)
            {
                int plane = image + c * hw;
                for (int p = 0; p < hw; p++)
                {
                    float e = MathF.Exp(x[plane + p] - pixelMax[p]);
                    y[plane + p] = e;
                    pixelSum[p] += e;
                }
            }

            for (int c = 0; c < channels; c++)
            {
                int plane = image + c * hw;
                for (int p = 0; p < hw; p++)
                {
                    y[plane + p] /= pixelSum[p];
                }
            }
        }
    }
}
