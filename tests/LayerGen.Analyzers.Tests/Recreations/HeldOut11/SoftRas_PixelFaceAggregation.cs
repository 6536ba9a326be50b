// Re-creates the shape of the Soft Rasterizer aggregation function (Liu et al. 2019, ShichenLiu/SoftRas
// `soft_rasterize`): per pixel, w_j = D_j exp(z_j / gamma) / (sum_k D_k exp(z_k / gamma) + exp(eps / gamma)), the
// background taking the remaining weight.
// Layout: float[pixels, faces] normalised depths z and coverage probabilities D in (0, 1]; weights float[pixels,
// faces + 1] with the background in the last column.
// Correct: the shift is the max of (every face's z and eps) per pixel; D stays outside the exp (D_j > 0, so the
// term that attains the max is positive and the sum cannot be 0).
using System;

namespace HeldOut11;

public static class SoftRas_PixelFaceAggregation
{
    public static void AggregationWeights(float[,] depth, float[,] coverage, float gamma, float eps, float[,] weights)
    {
        int pixels = depth.GetLength(0);
        int faces = depth.GetLength(1);
        for (int p = 0; p < pixels; p++)
        {
            float zMax = eps;
            for (int f = 0; f < faces; f++)
                zMax = MathF.Max(zMax, depth[p, f]);
            float denominator = MathF.Exp((eps - zMax) / gamma);
            weights[p, faces] = denominator;
            for (int f = 0; f < faces; f++)
            {
                weights[p, f] = coverage[p, f] * MathF.Exp((depth[p, f] - zMax) / gamma);
                denominator += weights[p, f];
            }
            for (int f = 0; f <= faces; f++)
                weights[p, f] /= denominator;
        }
    }
}
