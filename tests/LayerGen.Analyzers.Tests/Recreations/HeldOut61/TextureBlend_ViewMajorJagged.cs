// Idiom: multi-view texture-atlas blending: each texel blends the colours sampled from several camera views with
// weights softmax over the views of sharpness * facing (cosine between the surface normal and the view direction).
// Layout: facing float[views][texels] and samples Vector3[views][texels] (view-major jagged; the softmax runs down a
// column, over the views of one texel); weights out float[views][texels].
// Inspired by: multi-view texturing / view-dependent texture blending code (read for style only; own code).
// Correct.
using System;
using System.Numerics;

namespace HeldOut61.TextureBlend_ViewMajorJagged;

public static class AtlasBlend
{
    public static Vector3[] Blend(float[][] facing, Vector3[][] samples, float sharpness, float[][] weights)
    {
        int views = facing.Length, texels = facing[0].Length;
        var atlas = new Vector3[texels];
        for (int t = 0; t < texels; t++)
        {
            float best = facing[0][t];
            for (int v = 1; v < views; v++)
            {
                if (facing[v][t] > best) best = facing[v][t];
            }

            float sum = 0f;
            for (int v = 0; v < views; v++)
            {
                weights[v][t] = MathF.Exp(sharpness * (facing[v][t] - best));
                sum += weights[v][t];
            }

            Vector3 c = Vector3.Zero;
            for (int v = 0; v < views; v++)
            {
                weights[v][t] /= sum;
                c += weights[v][t] * samples[v][t];
            }

            atlas[t] = c;
        }

        return atlas;
    }
}
