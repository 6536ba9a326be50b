// Idiom: a readonly record struct of running statistics updated with `with` expressions.
// Use: per-pixel class probabilities of a small semantic-segmentation head.
// Layout: rectangular float[pixels, classes]; stats = stats with { Peak = ... } per pixel, Mass folded with `with`.
// Label: LG0002 — only Peak is reset per pixel; Mass carries over from all previous pixels.
using System;

namespace LayerGen.Recreations.HeldOut27;

/// <summary>The running maximum and exponential mass of a softmax.</summary>
public readonly record struct SoftmaxStats(float Peak, float Mass);

public static class RecordStructSegmentation
{
    /// <summary>In-place softmax of each pixel's class scores.</summary>
    public static void PixelClasses(float[,] scores)
    {
        int pixels = scores.GetLength(0), classes = scores.GetLength(1);
        var stats = new SoftmaxStats(float.NegativeInfinity, 0f);
        for (int p = 0; p < pixels; p++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                peak = MathF.Max(peak, scores[p, k]);
            }

            stats = stats with { Peak = peak };
            for (int k = 0; k < classes; k++)
            {
                scores[p, k] = MathF.Exp(scores[p, k] - stats.Peak);
                stats = stats with { Mass = stats.Mass + scores[p, k] }; //~ LG0002
            }

            for (int k = 0; k < classes; k++)
            {
                scores[p, k] /= stats.Mass;
            }
        }
    }
}
