// Idiom: segmentation evaluation with an ignore label, pixels gathered as records, class softmax per labelled pixel
// Layout: List<PixelLogits> records with a float[] of class scores each; results in a Dictionary keyed by (x, y)
// Bug (LG0003): exp of the raw class scores, no maximum subtracted
using System;
using System.Collections.Generic;

namespace HeldOut38.IgnoreMask_RawExpRecords;

public sealed record PixelLogits(int X, int Y, byte Label, float[] Scores);

public static class LabelledPixelSoftmax
{
    public static Dictionary<(int X, int Y), float[]> Compute(List<PixelLogits> pixels, byte ignoreLabel = 255)
    {
        var result = new Dictionary<(int X, int Y), float[]>();
        foreach (var px in pixels)
        {
            if (px.Label == ignoreLabel)
                continue;

            var p = new float[px.Scores.Length];
            float total = 0f;
            for (int c = 0; c < p.Length; c++)
            {
                p[c] = MathF.Exp(px.Scores[c]); //~ LG0003
                total += p[c];
            }

            for (int c = 0; c < p.Length; c++)
                p[c] /= total;

            result[(px.X, px.Y)] = p;
        }

        return result;
    }
}
