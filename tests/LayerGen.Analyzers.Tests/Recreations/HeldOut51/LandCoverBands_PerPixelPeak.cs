// Idiom: land-cover class probabilities from a band-sequential score cube held as a 2D array (one row per class band),
// the peak over the class bands at each pixel.
// Use: per-pixel posterior of a multinomial-logit land-cover classifier.
// Layout: float[classes, pixels] (transposed: one pixel's softmax runs DOWN a column); out float[classes, pixels].
// Correct: peak and total per pixel over the classes.
using System;

namespace HeldOut51.LandCoverBands_PerPixelPeak;

public static class BandCube
{
    public static float[,] Posterior(float[,] score)
    {
        int classes = score.GetLength(0);
        int pixels = score.GetLength(1);
        var post = new float[classes, pixels];
        for (int px = 0; px < pixels; px++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                peak = MathF.Max(peak, score[k, px]);
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                float e = MathF.Exp(score[k, px] - peak);
                post[k, px] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int k = 0; k < classes; k++)
            {
                post[k, px] *= inv;
            }
        }

        return post;
    }
}
