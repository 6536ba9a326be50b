// Idiom: soft rasterizer depth blend (SoftRas / PyTorch3D softmax_rgb_blend style): each pixel blends the colours of the
// K faces covering it with weights exp((zNear - z) / gamma), zNear the pixel's own nearest fragment (a softmin over depth).
// Layout: z-buffer float[h, w, K] (K face slots per pixel), face colours Vector3[h, w, K]; weights out float[h, w, K].
// Inspired by: PyTorch3D renderer/blending.py softmax_rgb_blend (read for style only; own code).
// Correct.
using System;
using System.Numerics;

namespace HeldOut61.SoftRaster_PixelNearestDepth;

public static class SoftBlend
{
    public static Vector3[,] Blend(float[,,] zbuf, Vector3[,,] colours, float gamma, float[,,] weights)
    {
        int h = zbuf.GetLength(0), w = zbuf.GetLength(1), k = zbuf.GetLength(2);
        var image = new Vector3[h, w];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                float zNear = float.PositiveInfinity;
                for (int f = 0; f < k; f++)
                {
                    if (zbuf[y, x, f] < zNear) zNear = zbuf[y, x, f];
                }

                float denom = 0f;
                for (int f = 0; f < k; f++)
                {
                    float wgt = MathF.Exp((zNear - zbuf[y, x, f]) / gamma);
                    weights[y, x, f] = wgt;
                    denom += wgt;
                }

                Vector3 colour = Vector3.Zero;
                for (int f = 0; f < k; f++)
                {
                    weights[y, x, f] /= denom;
                    colour += weights[y, x, f] * colours[y, x, f];
                }

                image[y, x] = colour;
            }
        }

        return image;
    }
}
