// Re-creates the shape of the Soft Rasterizer aggregation function (Liu et al. 2019, ShichenLiu/SoftRas
// `soft_rasterize`): per pixel, w_j = D_j exp(z_j / gamma) / (sum_k D_k exp(z_k / gamma) + exp(eps / gamma)), the
// background taking the remaining weight.
// Layout: float[pixels, faces] depths and coverages; weights float[pixels, faces + 1], background last (slot f == faces of
// one loop).
// Bug (LG0002): the denominator is declared once above the pixel loop and keeps growing over the pixels.
using System;

namespace HeldOut11;

public static class SoftRas_DenominatorAcrossPixels
{
    public static void AggregationWeights(float[,] depth, float[,] coverage, float gamma, float eps, float[,] weights)
    {
        int pixels = depth.GetLength(0);
        int faces = depth.GetLength(1);
        float denominator = 0f;
        for (int p = 0; p < pixels; p++)
        {
            float zMax = eps;
            for (int f = 0; f < faces; f++)
                zMax = MathF.Max(zMax, depth[p, f]);
            for (int f = 0; f <= faces; f++)
            {
                weights[p, f] = f == faces
                    ? MathF.Exp((eps - zMax) / gamma)
                    : coverage[p, f] * MathF.Exp((depth[p, f] - zMax) / gamma);
                denominator += weights[p, f]; //~ LG0002
            }
            for (int f = 0; f <= faces; f++)
                weights[p, f] /= denominator;
        }
    }
}
