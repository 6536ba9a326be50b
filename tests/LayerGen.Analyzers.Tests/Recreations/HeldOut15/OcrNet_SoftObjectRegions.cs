// HeldOut15 — OcrNet_SoftObjectRegions
// Source: OCRNet object-contextual representations (Yuan et al. 2020; HRNet/HRNet-Semantic-
// Segmentation `SpatialGather_Module`): the coarse class logits are softmaxed over the pixels
// (spatially) per class, and each class's region feature is the map-weighted sum of pixel features.
// Layout: logits float[classes · pixels] class-major (class k at k·pixels); pixel features
// float[pixels, channels]; Parallel.For over the classes.
// Correct: each class map subtracts its own spatial peak and divides by its own spatial sum.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut15;

public static class OcrNet_SoftObjectRegions
{
    /// <summary>Spatial soft object regions (written to maps) and their region features [classes, channels].</summary>
    public static float[,] Gather(float[] logits, int pixels, float[,] features, float[] maps)
    {
        int classes = logits.Length / pixels, channels = features.GetLength(1);
        var regions = new float[classes, channels];
        Parallel.For(0, classes, k =>
        {
            int o = k * pixels;
            float peak = logits[o];
            for (int p = 1; p < pixels; p++) peak = MathF.Max(peak, logits[o + p]);
            float z = 0f;
            for (int p = 0; p < pixels; p++)
            {
                maps[o + p] = MathF.Exp(logits[o + p] - peak);
                z += maps[o + p];
            }
            for (int p = 0; p < pixels; p++)
            {
                maps[o + p] /= z;
                for (int c = 0; c < channels; c++) regions[k, c] += maps[o + p] * features[p, c];
            }
        });
        return regions;
    }
}
