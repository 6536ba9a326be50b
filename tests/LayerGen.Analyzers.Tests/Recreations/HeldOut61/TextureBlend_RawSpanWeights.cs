// Idiom: multi-view texture blending weights per texel written over spans: float.Exp(sharpness * facing) divided by
// the texel's sum, with no maximum subtracted (a large sharpness overflows to inf/NaN).
// Layout: flat texel-major float[texels * views], AsSpan(t * views, views) per texel; weights out in the same layout.
// Inspired by: view-dependent texture mapping weight code (read for style only; own code).
// Bug: LG0003 (unshifted exp of the view scores feeding the normalisation).
using System;

namespace HeldOut61.TextureBlend_RawSpanWeights;

public static class AtlasBlend
{
    public static void Weights(float[] facing, int views, float sharpness, float[] weights)
    {
        int texels = facing.Length / views;
        for (int t = 0; t < texels; t++)
        {
            ReadOnlySpan<float> f = facing.AsSpan(t * views, views);
            Span<float> wt = weights.AsSpan(t * views, views);
            float sum = 0f;
            for (int v = 0; v < views; v++)
            {
                wt[v] = float.Exp(sharpness * f[v]); //~ LG0003
                sum += wt[v];
            }

            for (int v = 0; v < views; v++)
            {
                wt[v] /= sum;
            }
        }
    }
}
