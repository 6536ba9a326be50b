// Source: PointNet part segmentation (Qi et al. 2017; the segmentation head is a shared per-point MLP written as
// Conv1d, so its output is channel-first [batch, parts, points]); softmax over the part channels of each point.
// Layout: flat float[batch * parts * points], channel-strided (NCW): a point's part scores sit `points` apart.
// Correct.
using System;

namespace HeldOut24.PointNet;

/// <summary>Per-point part probabilities of a PointNet segmentation head.</summary>
public static class PartSegmentationHead
{
    /// <summary>Softmax over the part channel for every point of every cloud, written into <paramref name="probabilities"/>.</summary>
    public static void PartProbabilities(float[] logits, int batch, int parts, int points, float[] probabilities)
    {
        int cloudStride = parts * points;
        for (int b = 0; b < batch; b++)
        {
            int cloud = b * cloudStride;
            for (int p = 0; p < points; p++)
            {
                int first = cloud + p;
                float best = float.NegativeInfinity;
                for (int c = 0; c < parts; c++)
                {
                    best = MathF.Max(best, logits[first + c * points]);
                }

                float sum = 0f;
                for (int c = 0; c < parts; c++)
                {
                    int at = first + c * points;
                    float e = MathF.Exp(logits[at] - best);
                    probabilities[at] = e;
                    sum += e;
                }

                for (int c = 0; c < parts; c++)
                {
                    probabilities[first + c * points] /= sum;
                }
            }
        }
    }
}
