// Source: MetNet precipitation nowcasting (Sønderby et al. 2020): a categorical distribution over rain-rate bins at
// every pixel, softmax over the bin channel, plus the expected rate. Layout: channel-first float[bins, H, W], so the
// softmax axis is the outermost; per-pixel peaks in a float[H, W] plane from a first pass over the bins.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class MetNet_RainRateBins
{
    public static float[,,] BinProbabilities(float[,,] logits, float[] binRate, float[,] expectedRate)
    {
        int bins = logits.GetLength(0), height = logits.GetLength(1), width = logits.GetLength(2);
        var peak = new float[height, width];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                peak[y, x] = float.NegativeInfinity;
            }
        }

        for (int b = 0; b < bins; b++)
        {
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    peak[y, x] = MathF.Max(peak[y, x], logits[b, y, x]);
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
                    p[b, y, x] = MathF.Exp(logits[b, y, x] - peak[y, x]);
                    z += p[b, y, x];
                }

                float rate = 0f;
                for (int b = 0; b < bins; b++)
                {
                    p[b, y, x] /= z;
                    rate += p[b, y, x] * binRate[b];
                }

                expectedRate[y, x] = rate;
            }
        }

        return p;
    }
}
