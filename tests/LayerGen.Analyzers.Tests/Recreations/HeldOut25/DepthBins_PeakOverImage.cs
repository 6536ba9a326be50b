// Source: monocular depth as classification over depth bins (AdaBins / DORN-style heads), decoded from an NCHW output
//         (re-created shape, our own code).
// Layout: rank-3 float[bins, height, width] (channel first); the peak by `foreach` over the whole array, then a per-pixel
//         softmax down the bin axis and the expected depth.
// Label: LG0001 — the peak is taken over every bin of every pixel, not over one pixel's bins.
using System;

namespace HeldOut25.DepthBins;

/// <summary>Per-pixel depth-bin probabilities from a channel-first head.</summary>
public static class PeakOverImage
{
    /// <summary>Returns the probabilities in the input's [bins, height, width] layout; the depth map goes to <paramref name="depth"/>.</summary>
    public static float[,,] Probabilities(float[,,] logits, float[] binCentres, float[,] depth)
    {
        int bins = logits.GetLength(0);
        int height = logits.GetLength(1);
        int width = logits.GetLength(2);
        float peak = float.NegativeInfinity;
        foreach (float v in logits)
        {
            if (v > peak) peak = v; //~ LG0001
        }

        var p = new float[bins, height, width];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                float mass = 0f;
                for (int k = 0; k < bins; k++)
                {
                    p[k, y, x] = MathF.Exp(logits[k, y, x] - peak);
                    mass += p[k, y, x];
                }

                float d = 0f;
                for (int k = 0; k < bins; k++)
                {
                    p[k, y, x] /= mass;
                    d += p[k, y, x] * binCentres[k];
                }

                depth[y, x] = d;
            }
        }

        return p;
    }
}
