// Idiom: NCHW channel softmax (semantic segmentation head) that takes each channel plane's max with one contiguous
// TensorPrimitives.Max (the strided per-pixel max looked slow), then sums over the channels of each pixel.
// Layout: flat float[N * C * H * W]; plane (b, c) = x.AsSpan(b * C * HW + c * HW, HW); softmax over c (stride HW).
// Bug LG0004: the max runs over the pixels of a plane, the sum over the channels of a pixel.
using System;
using System.Numerics.Tensors;

namespace HeldOut31.NchwChannels;

/// <summary>Channel softmax of an NCHW tensor with per-plane peaks.</summary>
public static class PlanePeakChannelSoftmax
{
    /// <summary>Softmax over the channels of every pixel of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int batch, int channels, int height, int width)
    {
        int hw = height * width;
        float[] planeMax = new float[channels];
        for (int b = 0; b < batch; b++)
        {
            int image = b * channels * hw;
            for (int c = 0; c < channels; c++)
            {
                planeMax[c] = TensorPrimitives.Max(x.AsSpan(image + c * hw, hw)); //~ LG0004
            }

            for (int p = 0; p < hw; p++)
            {
                float sum = 0f;
                for (int c = 0; c < channels; c++)
                {
                    int at = image + c * hw + p;
                    y[at] = MathF.Exp(x[at] - planeMax[c]);
                    sum += y[at];
                }

                for (int c = 0; c < channels; c++)
                {
                    y[image + c * hw + p] /= sum;
                }
            }
        }
    }
}
