// Idiom: SSD-style detection head read straight from a 1x1 conv output, class softmax per anchor
// Layout: float[classes, anchors] (conv channels first: one row per class, one column per anchor)
// Bug (LG0002): the normaliser is declared above the anchor loop and never reset, so it sums over every anchor so far
using System;

namespace HeldOut38.DetectionHead_TotalOverAnchors;

public static class ConvHeadDecoder
{
    public static float[,] AnchorSoftmax(float[,] scores)
    {
        int classes = scores.GetLength(0);
        int anchors = scores.GetLength(1);
        var probs = new float[classes, anchors];
        float total = 0f;

        for (int a = 0; a < anchors; a++)
        {
            float best = scores[0, a];
            for (int c = 1; c < classes; c++)
            {
                if (scores[c, a] > best)
                    best = scores[c, a];
            }

            for (int c = 0; c < classes; c++)
            {
                probs[c, a] = MathF.Exp(scores[c, a] - best);
                total += probs[c, a]; //~ LG0002
            }

            for (int c = 0; c < classes; c++)
                probs[c, a] /= total;
        }

        return probs;
    }
}
