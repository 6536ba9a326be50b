// Idiom: spatial soft-argmax of keypoint heatmaps (Finn et al. deep spatial autoencoders / kornia spatial_soft_argmax2d):
// each channel's H x W heatmap is softmaxed over its pixels and the keypoint is the expected (x, y).
// Layout: heatmaps float[channels, h, w]; probability maps out float[channels, h, w]; keypoints Vector2[channels].
// Inspired by: kornia spatial_soft_argmax2d, PyTorch SpatialSoftmax layers (read for style only; own code).
// Correct.
using System;
using System.Numerics;

namespace HeldOut61.SpatialSoftArgmax_ChannelMaps;

public static class SpatialSoftArgmax
{
    public static Vector2[] Keypoints(float[,,] heat, float temperature, float[,,] prob)
    {
        int channels = heat.GetLength(0), h = heat.GetLength(1), w = heat.GetLength(2);
        var keypoints = new Vector2[channels];
        for (int ch = 0; ch < channels; ch++)
        {
            float peak = float.NegativeInfinity;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    peak = MathF.Max(peak, heat[ch, y, x]);
                }
            }

            float sum = 0f;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    float e = MathF.Exp((heat[ch, y, x] - peak) / temperature);
                    prob[ch, y, x] = e;
                    sum += e;
                }
            }

            float inv = 1f / sum, ex = 0f, ey = 0f;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    prob[ch, y, x] *= inv;
                    ex += prob[ch, y, x] * x;
                    ey += prob[ch, y, x] * y;
                }
            }

            keypoints[ch] = new Vector2(ex, ey);
        }

        return keypoints;
    }
}
