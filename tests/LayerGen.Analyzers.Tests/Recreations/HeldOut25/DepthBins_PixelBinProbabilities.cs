// Source: monocular depth as classification over depth bins (AdaBins, Bhat et al. 2021; Binsformer): a per-pixel softmax
//         over bins and the expected depth Σ p_k · centre_k (re-created shape, our own code).
// Layout: NHWC flat float[height · width · bins] (channel last, one image); each pixel's bins as a Span<float> slice of the
//         output, exp in place, the expectation over bin centres.
// Label: Correct.
using System;

namespace HeldOut25.DepthBins;

/// <summary>Per-pixel depth-bin probabilities and expected depth.</summary>
public static class PixelBinProbabilities
{
    /// <summary>Writes the per-pixel bin softmax into <paramref name="probabilities"/> and returns the depth map.</summary>
    public static float[] ExpectedDepth(float[] logits, int height, int width, float[] binCentres, float[] probabilities)
    {
        int bins = binCentres.Length;
        var depth = new float[height * width];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int pixel = y * width + x;
                ReadOnlySpan<float> z = logits.AsSpan(pixel * bins, bins);
                Span<float> p = probabilities.AsSpan(pixel * bins, bins);
                float peak = z[0];
                for (int k = 1; k < bins; k++)
                {
                    peak = MathF.Max(peak, z[k]);
                }

                float mass = 0f;
                for (int k = 0; k < bins; k++)
                {
                    p[k] = MathF.Exp(z[k] - peak);
                    mass += p[k];
                }

                float d = 0f;
                for (int k = 0; k < bins; k++)
                {
                    p[k] /= mass;
                    d += p[k] * binCentres[k];
                }

                depth[pixel] = d;
            }
        }

        return depth;
    }
}
