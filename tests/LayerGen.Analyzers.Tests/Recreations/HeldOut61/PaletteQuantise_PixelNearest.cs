// Idiom: soft colour quantisation (differentiable palette assignment): each pixel is soft-assigned over the palette
// colours with exp((d2min - d2) / T) / Z, shifted by the pixel's own nearest palette distance.
// Layout: image float[h, w, 3] (channels last), palette Vector3[]; assignments out float[h, w, paletteSize];
// a local function Dist2(y, x, c).
// Inspired by: differentiable colour-palette / soft quantisation code (read for style only; own code).
// Correct.
using System;
using System.Numerics;

namespace HeldOut61.PaletteQuantise_PixelNearest;

public static class SoftPalette
{
    public static float[,,] SoftAssign(float[,,] image, Vector3[] palette, float temperature)
    {
        int h = image.GetLength(0), w = image.GetLength(1), k = palette.Length;
        var a = new float[h, w, k];

        float Dist2(int y, int x, int c)
        {
            float dr = image[y, x, 0] - palette[c].X;
            float dg = image[y, x, 1] - palette[c].Y;
            float db = image[y, x, 2] - palette[c].Z;
            return dr * dr + dg * dg + db * db;
        }

        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                float near = Dist2(y, x, 0);
                for (int c = 1; c < k; c++)
                {
                    near = MathF.Min(near, Dist2(y, x, c));
                }

                float z = 0f;
                for (int c = 0; c < k; c++)
                {
                    a[y, x, c] = MathF.Exp((near - Dist2(y, x, c)) / temperature);
                    z += a[y, x, c];
                }

                for (int c = 0; c < k; c++)
                {
                    a[y, x, c] /= z;
                }
            }
        }

        return a;
    }
}
