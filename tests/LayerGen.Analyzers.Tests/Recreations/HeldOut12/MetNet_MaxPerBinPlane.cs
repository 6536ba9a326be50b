// Source: MetNet precipitation nowcasting (Sønderby et al. 2020): per pixel, a softmax over rain-rate bins.
// Layout: channel-first float[bins, H, W]; the shifts are taken per bin over its whole spatial plane.
// Bug: LG0004 — the max runs over the pixels of each bin's plane while the sum runs over the bins of each pixel.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class MetNet_MaxPerBinPlane
{
    public static float[,,] BinProbabilities(float[,,] logits)
    {
        int bins = logits.GetLength(0), height = logits.GetLength(1), width = logits.GetLength(2);
        var planePeak = new float[bins];
        for (int b = 0; b < bins; b++)
        {
            planePeak[b] = float.NegativeInfinity;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    planePeak[b] = MathF.Max(planePeak[b], logits[b, y, x]); //~ LG0004
                }
            }
        }

        var p = new float[bins, height, width];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                float z = 0f;
                for (int b = 0; b < bins; b++)
                {
                    p[b, y, x] = MathF.Exp(logits[b, y, x] - planePeak[b]);
                    z += p[b, y, x];
                }

                for (int b = 0; b < bins; b++)
                {
                    p[b, y, x] /= z;
                }
            }
        }

        return p;
    }
}
