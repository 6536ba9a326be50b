// Idiom: differentiable (soft) histogram of depth values: each value's Gaussian memberships over the bin centres,
// normalised per value, shifted by the value's own nearest bin; the histogram adds the memberships up.
// Layout: List<float> values (foreach), float[] centres; memberships out List<float[]>, histogram float[bins].
// Inspired by: soft-histogram layers (histogram losses, differentiable depth histograms) (read for style only; own code).
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut61.SoftHistogram_NearestBinShift;

public static class SoftHistogram
{
    public static float[] Histogram(List<float> values, float[] centres, float sigma, List<float[]> memberships)
    {
        var hist = new float[centres.Length];
        float inv2s2 = 1f / (2f * sigma * sigma);
        foreach (float v in values)
        {
            float nearest = float.MaxValue;
            foreach (float c in centres)
            {
                float d = v - c;
                nearest = MathF.Min(nearest, d * d);
            }

            var m = new float[centres.Length];
            float z = 0f;
            for (int b = 0; b < centres.Length; b++)
            {
                float d = v - centres[b];
                m[b] = MathF.Exp(-(d * d - nearest) * inv2s2);
                z += m[b];
            }

            for (int b = 0; b < centres.Length; b++)
            {
                m[b] /= z;
                hist[b] += m[b];
            }

            memberships.Add(m);
        }

        return hist;
    }
}
