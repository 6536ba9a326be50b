// Source: re-creates the shape of the per-pixel class posterior of a land-cover segmentation network on satellite tiles
// (U-Net style head over DeepGlobe/LandCover.ai classes): softmax over the class channels at every pixel.
// Layout: flat NCHW float[] [tiles, classes, height, width]; each tile is a Span<float>, the softmax axis is the
// channel axis with stride height · width.
// Label: LG0004 — the peak is taken per class channel over the pixels of its plane, while the sum runs over the
// channels at one pixel: max and sum run over different axes.
using System;

namespace HeldOut22.SatelliteLandCover_PeakPerChannelPlane;

/// <summary>Per-pixel land-cover class probabilities.</summary>
public static class LandCoverHead
{
    /// <summary>Turns NCHW logits into per-pixel class probabilities, in place.</summary>
    public static void PixelPosteriors(float[] logits, int tiles, int classes, int height, int width)
    {
        int plane = height * width;
        var channelPeak = new float[classes];
        for (int n = 0; n < tiles; n++)
        {
            Span<float> tile = logits.AsSpan(n * classes * plane, classes * plane);
            for (int c = 0; c < classes; c++)
            {
                channelPeak[c] = float.NegativeInfinity;
                for (int p = 0; p < plane; p++)
                {
                    channelPeak[c] = MathF.Max(channelPeak[c], tile[c * plane + p]); //~ LG0004
                }
            }

            for (int p = 0; p < plane; p++)
            {
                float sum = 0f;
                for (int c = 0; c < classes; c++)
                {
                    tile[c * plane + p] = MathF.Exp(tile[c * plane + p] - channelPeak[c]);
                    sum += tile[c * plane + p];
                }

                for (int c = 0; c < classes; c++)
                {
                    tile[c * plane + p] /= sum;
                }
            }
        }
    }
}
