// Idiom: soft colour quantisation over a flat pixel array, shifted by NearestDistance(pixels, palette): a helper that
// returns the smallest pixel-to-palette distance of the whole image, so a pixel far from every palette colour
// underflows to 0/0.
// Layout: Vector3[] pixels (row-major h * w), Vector3[] palette; assignments out float[pixels][paletteSize].
// Inspired by: palette-based image editing / soft quantisation code (read for style only; own code).
// Bug: LG0001 (the minimum spans every pixel, the softmax slice is one pixel's palette; the helper is called with the
// whole image, marked at the call).
using System;
using System.Numerics;

namespace HeldOut61.PaletteQuantise_ImageNearest;

public static class SoftPalette
{
    public static float[][] SoftAssign(Vector3[] pixels, Vector3[] palette, float temperature)
    {
        float near = NearestDistance(pixels, palette); //~ LG0001
        var result = new float[pixels.Length][];
        for (int p = 0; p < pixels.Length; p++)
        {
            var wts = new float[palette.Length];
            float z = 0f;
            for (int c = 0; c < palette.Length; c++)
            {
                wts[c] = MathF.Exp((near - Vector3.DistanceSquared(pixels[p], palette[c])) / temperature);
                z += wts[c];
            }

            for (int c = 0; c < palette.Length; c++)
            {
                wts[c] /= z;
            }

            result[p] = wts;
        }

        return result;
    }

    private static float NearestDistance(Vector3[] pixels, Vector3[] palette)
    {
        float best = float.MaxValue;
        foreach (Vector3 px in pixels)
        {
            foreach (Vector3 c in palette)
            {
                best = Math.Min(best, Vector3.DistanceSquared(px, c));
            }
        }

        return best;
    }
}
