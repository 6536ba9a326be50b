// Source: PixelCNN / PixelRNN 256-way softmax output (van den Oord et al. 2016): logits [H, W, 3, 256], one softmax per
// sub-pixel (R, G, B) of every pixel, used for sampling and NLL in bits/dim.
// Layout: float[H, W, 3, K] rank-4, softmax over the last axis. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class PixelCnnSubpixel_Rank4Softmax
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
                for (int c = 0; c < ch; c++)
                {
                    float m = logits[y, x, c, 0];
                    for (int v = 1; v < k; v++) m = MathF.Max(m, logits[y, x, c, v]);
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
