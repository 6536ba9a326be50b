// Source: Stacked Attention Networks for VQA (Yang et al. 2016), region attention of every hop.
// Layout: NCHW-style flat float[] [batch, hops, height, width] with explicit strides; a hop is a channel.
// Bug (LG0002): each hop's plane is shifted by its own maximum, but the normaliser is accumulated over all hops of
// the image and every plane is divided by it (each map sums to 1/hops, not 1).
using System;

namespace HeldOut23.VisualQuestionAnswering;

/// <summary>Region attention maps of a stacked-attention VQA model, one image at a time.</summary>
public static class HopAttention
{
    /// <summary>Normalises the region scores of every hop of every image.</summary>
    public static void Glimpses(float[] scores, float[] maps, int batch, int hops, int height, int width)
    {
        int strideW = 1, strideH = width, strideC = height * width, strideN = hops * height * width;
        for (int n = 0; n < batch; n++)
        {
            float mass = 0f;
            for (int hop = 0; hop < hops; hop++)
            {
                int origin = n * strideN + hop * strideC;
                float peak = float.NegativeInfinity;
                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        peak = MathF.Max(peak, scores[origin + y * strideH + x * strideW]);
                    }
                }

                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        int at = origin + y * strideH + x * strideW;
                        maps[at] = MathF.Exp(scores[at] - peak);
                        mass += maps[at]; //~ LG0002
                    }
                }
            }

            for (int at = n * strideN; at < (n + 1) * strideN; at++)
            {
                maps[at] /= mass;
            }
        }
    }
}
