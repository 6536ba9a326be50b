// Source: Stacked Attention Networks for VQA (Yang et al. 2016): each attention hop scores the 14×14 image regions
// against the question and takes a softmax over the regions, p_I = softmax(W_P h_A).
// Layout: NCHW-style flat float[] [batch, hops, height, width]; a hop is a channel, the softmax runs over its plane.
// Correct: each (image, hop) plane is shifted by its own maximum and divided by its own sum.
using System;

namespace HeldOut23.VisualQuestionAnswering;

/// <summary>Region attention maps of a stacked-attention VQA model.</summary>
public static class RegionAttention
{
    /// <summary>Normalises every hop's region scores into an attention map over the image grid.</summary>
    public static float[] Glimpses(float[] scores, int batch, int hops, int height, int width)
    {
        var maps = new float[scores.Length];
        int plane = height * width;
        for (int n = 0; n < batch; n++)
        {
            for (int hop = 0; hop < hops; hop++)
            {
                int origin = (n * hops + hop) * plane;
                float peak = float.NegativeInfinity;
                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        peak = MathF.Max(peak, scores[origin + y * width + x]);
                    }
                }

                float mass = 0f;
                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        int at = origin + y * width + x;
                        maps[at] = MathF.Exp(scores[at] - peak);
                        mass += maps[at];
                    }
                }

                for (int r = 0; r < plane; r++)
                {
                    maps[origin + r] /= mass;
                }
            }
        }

        return maps;
    }
}
