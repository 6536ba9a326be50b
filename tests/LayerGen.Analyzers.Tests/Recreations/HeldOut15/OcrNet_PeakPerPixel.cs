// HeldOut15 — OcrNet_PeakPerPixel
// Source: OCRNet (Yuan et al. 2020) `SpatialGather_Module`, ported with the per-pixel (channel)
// maximum that a per-pixel classifier softmax would use.
// Layout: logits float[classes, height, width] (rank 3); the softmax runs over the height × width
// plane of each class.
// Bug (LG0004): the shift is each pixel's peak over the classes, while the sum runs over the pixels
// of each class.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class OcrNet_PeakPerPixel
{
    /// <summary>Spatial soft object regions, one [height, width] map per class.</summary>
    public static float[,,] Regions(float[,,] logits)
    {
        int classes = logits.GetLength(0), height = logits.GetLength(1), width = logits.GetLength(2);
        var pixelPeak = new float[height, width];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                float m = float.NegativeInfinity;
                for (int k = 0; k < classes; k++) m = MathF.Max(m, logits[k, y, x]); //~ LG0004
                pixelPeak[y, x] = m;
            }

        var maps = new float[classes, height, width];
        for (int k = 0; k < classes; k++)
        {
            float z = 0f;
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    maps[k, y, x] = MathF.Exp(logits[k, y, x] - pixelPeak[y, x]);
                    z += maps[k, y, x];
                }
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++) maps[k, y, x] /= z;
        }
        return maps;
    }
}
