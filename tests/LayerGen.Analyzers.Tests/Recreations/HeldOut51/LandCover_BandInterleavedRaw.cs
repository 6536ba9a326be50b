// Idiom: multinomial land-cover classification per pixel, class scores band-sequential (one band per class), the
// probability of class c at a pixel = exp(score) / Σ over the classes, with float.Exp on the raw score.
// Use: per-pixel class probabilities of a classified scene.
// Layout: flat float[] classes × pixels, index c * pixels + pixel; flat out in the same layout.
// Bug LG0003: the scores are exponentiated with no shift (∞/∞ = NaN once a score passes ~88).
using System;

namespace HeldOut51.LandCover_BandInterleavedRaw;

public static class BandClassifier
{
    public static float[] Probabilities(float[] scores, int classes)
    {
        int pixels = scores.Length / classes;
        var prob = new float[scores.Length];
        for (int pixel = 0; pixel < pixels; pixel++)
        {
            float total = 0f;
            for (int c = 0; c < classes; c++)
            {
                prob[c * pixels + pixel] = float.Exp(scores[c * pixels + pixel]); //~ LG0003
                total += prob[c * pixels + pixel];
            }

            for (int c = 0; c < classes; c++)
            {
                prob[c * pixels + pixel] /= total;
            }
        }

        return prob;
    }
}
