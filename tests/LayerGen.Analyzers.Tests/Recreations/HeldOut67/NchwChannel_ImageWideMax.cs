// Idiom: channel softmax of an image batch (semantic segmentation logits) over a 4D array; the author takes the
// stabilising maximum once per image, over every channel and pixel, before the pixel loops.
// Layout: float[n, c, h, w] (NCHW as a rank-4 array), softmax over dimension 1.
// Bug LG0001: the max spans the whole image (c * h * w), more than one pixel's channels; a pixel whose logits sit far
// below the image's peak underflows to 0 / 0.
using System;

namespace HeldOut67.NchwChannel_ImageWideMax;

public static class SegmentationHead
{
    public static float[,,,] ClassProbabilities(float[,,,] logits)
    {
        int n = logits.GetLength(0), c = logits.GetLength(1), h = logits.GetLength(2), w = logits.GetLength(3);
        var probs = new float[n, c, h, w];
        for (int b = 0; b < n; b++)
        {
            float peak = float.NegativeInfinity;
            for (int ch = 0; ch < c; ch++)
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++)
                        if (logits[b, ch, y, x] > peak) peak = logits[b, ch, y, x]; //~ LG0001

            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    float denom = 0f;
                    for (int ch = 0; ch < c; ch++)
                    {
                        probs[b, ch, y, x] = MathF.Exp(logits[b, ch, y, x] - peak);
                        denom += probs[b, ch, y, x];
                    }

                    for (int ch = 0; ch < c; ch++)
                    {
                        probs[b, ch, y, x] /= denom;
                    }
                }
            }
        }

        return probs;
    }
}
