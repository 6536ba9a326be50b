// Idiom: spatial soft-argmax over a flat channel-first heatmap buffer: per-channel peak, but the normaliser `total` is
// declared above the channel loop and never reset, so channel c is divided by the exps of channels 0..c.
// Layout: flat float[channels * height * width], channel plane at offset ch * height * width; coordinates out as a
// flat float[2 * channels] (x, y pairs).
// Inspired by: hand-ported keypoint decoders over NCHW buffers (read for style only; own code).
// Bug: LG0002 (the sum spans every channel processed so far, the softmax slice is one channel plane).
using System;

namespace HeldOut61.SpatialSoftArgmax_FlatTotalNotReset;

public static class KeypointDecoder
{
    public static float[] Keypoints(float[] heat, int channels, int height, int width, float[] prob)
    {
        int plane = height * width;
        var coords = new float[2 * channels];
        float total = 0f;
        for (int ch = 0; ch < channels; ch++)
        {
            int off = ch * plane;
            float peak = heat[off];
            for (int p = 1; p < plane; p++)
            {
                if (heat[off + p] > peak) peak = heat[off + p];
            }

            for (int p = 0; p < plane; p++)
            {
                prob[off + p] = MathF.Exp(heat[off + p] - peak);
                total += prob[off + p]; //~ LG0002
            }

            float cx = 0f, cy = 0f;
            for (int p = 0; p < plane; p++)
            {
                prob[off + p] /= total;
                cx += prob[off + p] * (p % width);
                cy += prob[off + p] * (p / width);
            }

            coords[2 * ch] = cx;
            coords[2 * ch + 1] = cy;
        }

        return coords;
    }
}
