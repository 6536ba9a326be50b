// Idiom: dense-CRF-style mean-field refinement, the normaliser zeroed once per iteration instead of once per pixel
// Layout: float[H, W, labels] multidimensional arrays (labels innermost), scratch logits per pixel
// Bug (LG0002): z is reset per iteration but accumulates over every pixel of the image; the max is per pixel
using System;

namespace HeldOut38.MeanFieldCrf_NormaliserNotReset;

public static class CrfRefiner
{
    public static float[,,] Refine(float[,,] unary, float pottsWeight, int iterations)
    {
        int h = unary.GetLength(0), w = unary.GetLength(1), labels = unary.GetLength(2);
        var q = new float[h, w, labels];
        var next = new float[h, w, labels];
        var logit = new float[labels];

        for (int it = 0; it < iterations; it++)
        {
            float z = 0f;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    float top = float.NegativeInfinity;
                    for (int l = 0; l < labels; l++)
                    {
                        float message = (x > 0 ? q[y, x - 1, l] : 0f) + (x < w - 1 ? q[y, x + 1, l] : 0f)
                                      + (y > 0 ? q[y - 1, x, l] : 0f) + (y < h - 1 ? q[y + 1, x, l] : 0f);
                        logit[l] = unary[y, x, l] + pottsWeight * message;
                        top = Math.Max(top, logit[l]);
                    }

                    for (int l = 0; l < labels; l++)
                    {
                        next[y, x, l] = MathF.Exp(logit[l] - top);
                        z += next[y, x, l]; //~ LG0002
                    }

                    for (int l = 0; l < labels; l++)
                        next[y, x, l] /= z;
                }
            }

            (q, next) = (next, q);
        }

        return q;
    }
}
