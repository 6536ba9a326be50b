// Source: re-creates the shape of the per-pixel class posterior of a land-cover segmentation network on satellite tiles
// (U-Net style head over DeepGlobe/LandCover.ai classes): softmax over the class channels at every pixel.
// Layout: flat NCHW float[] [tiles, classes, height, width]; each tile is a Span<float>, the softmax axis is the
// channel axis with stride height · width.
// Label: Correct — every pixel is shifted by the peak over its own class channels.
using System;

namespace HeldOut22.SatelliteLandCover_ChannelSoftmax;

/// <summary>Per-pixel land-cover class probabilities.</summary>
public static class LandCoverHead
{
    /// <summary>Turns NCHW logits into per-pixel class probabilities, in place.</summary>
    public static void PixelPosteriors(float[] logits, int tiles, int classes, int height, int width)
    {
        int plane = height * width;
        for (int n = 0; n < tiles; n++)
        {
            Span<float> tile = logits.AsSpan(n * classes * plane, classes * plane);
            for (int p = 0; p < plane; p++)
            {
                float peak = tile[p];
                for (int c = 1; c < classes; c++)
                {
                    peak = MathF.Max(peak, tile[c * plane + p]);
                }

                float sum = 0f;
                for (int c = 0; c < classes; c++)
                {
                    tile[c * plane + p] = MathF.Exp(tile[c * plane + p] - peak);
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
