// Source: PixelCNN 256-way sub-pixel softmax, re-created with one shift per pixel shared by its R, G and B
// distributions.
// Layout: float[H, W, 3, K] rank-4, softmax over K per sub-pixel.
// Bug (LG0001): the max runs over all three sub-pixels (3·K logits) of the pixel, not over one sub-pixel's K values.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class PixelCnnSubpixel_MaxOverPixelChannels
{
    public static float[,,,] Probabilities(float[,,,] logits)
    {
        int h = logits.GetLength(0);
        int w = logits.GetLength(1);
        int ch = logits.GetLength(2);
        int k = logits.GetLength(3);
        var p = new float[h, w, ch, k];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                float m = float.NegativeInfinity;
                for (int c = 0; c < ch; c++)
                {
                    for (int v = 0; v < k; v++) m = MathF.Max(m, logits[y, x, c, v]); //~ LG0001
                }

                for (int c = 0; c < ch; c++)
                {
                    float s = 0f;
                    for (int v = 0; v < k; v++)
                    {
                        p[y, x, c, v] = MathF.Exp(logits[y, x, c, v] - m);
                        s += p[y, x, c, v];
                    }

                    for (int v = 0; v < k; v++) p[y, x, c, v] /= s;
                }
            }
        }

        return p;
    }
}
