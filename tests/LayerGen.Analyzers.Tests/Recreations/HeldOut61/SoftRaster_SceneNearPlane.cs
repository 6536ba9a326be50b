// Idiom: soft rasterizer depth blend over per-pixel fragment lists: weights exp((zNear - z) / gamma), but zNear is the
// nearest fragment of the whole frame ("scene near plane"), not each pixel's own; a pixel whose faces all sit far
// behind the frame's nearest fragment underflows to 0/0.
// Layout: List<Fragment>[] (one list of covering faces per pixel, row-major pixels), face colours Vector3[] by face id;
// weights out float[][] (jagged, one array per pixel).
// Inspired by: SoftRas-style soft rasterizers with per-pixel face lists (read for style only; own code).
// Bug: LG0001 (the minimum depth spans every pixel, the softmax slice is one pixel's fragments).
using System;
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut61.SoftRaster_SceneNearPlane;

public readonly record struct Fragment(int Face, float Z);

public static class SoftBlend
{
    public static float[][] Weights(List<Fragment>[] pixelFragments, Vector3[] faceColours, float gamma, Vector3[] image)
    {
        float zNear = float.MaxValue;
        foreach (var list in pixelFragments)
        {
            foreach (var frag in list)
            {
                zNear = MathF.Min(zNear, frag.Z); //~ LG0001
            }
        }

        var result = new float[pixelFragments.Length][];
        for (int p = 0; p < pixelFragments.Length; p++)
        {
            var list = pixelFragments[p];
            var wts = new float[list.Count];
            float sum = 0f;
            for (int i = 0; i < list.Count; i++)
            {
                wts[i] = MathF.Exp((zNear - list[i].Z) / gamma);
                sum += wts[i];
            }

            Vector3 colour = Vector3.Zero;
            for (int i = 0; i < wts.Length; i++)
            {
                wts[i] /= sum;
                colour += wts[i] * faceColours[list[i].Face];
            }

            image[p] = colour;
            result[p] = wts;
        }

        return result;
    }
}
