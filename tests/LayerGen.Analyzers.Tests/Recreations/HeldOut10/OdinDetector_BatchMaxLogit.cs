// Re-creation (our own code) of the shape of ODIN out-of-distribution scoring (Liang et al. 2018), with the per-image
// maxima collected first and then folded into one batch maximum used as the shift.
// Layout: List<float[]> logits, per-image maxima in a float[] (a look-alike of the correct form), then one fold.
// Bug (LG0001): the shift is the maximum of all images' maxima; an image whose logits sit far below the batch's
// largest logit (at T = 1, or with large logits) underflows to 0 / 0.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class OdinDetectorBatchMaxLogit
{
    public static float[][] Probabilities(List<float[]> logits, float temperature)
    {
        var imageMax = new float[logits.Count];
        for (int n = 0; n < logits.Count; n++)
        {
            imageMax[n] = float.NegativeInfinity;
            foreach (float v in logits[n])
                imageMax[n] = MathF.Max(imageMax[n], v / temperature);
        }

        float shift = float.NegativeInfinity;
        for (int n = 0; n < imageMax.Length; n++)
            shift = MathF.Max(shift, imageMax[n]); //~ LG0001

        var probabilities = new float[logits.Count][];
        for (int n = 0; n < logits.Count; n++)
        {
            float[] x = logits[n];
            var p = new float[x.Length];
            float total = 0f;
            for (int c = 0; c < x.Length; c++)
            {
                p[c] = MathF.Exp(x[c] / temperature - shift);
                total += p[c];
            }

            for (int c = 0; c < x.Length; c++)
                p[c] /= total;
            probabilities[n] = p;
        }

        return probabilities;
    }
}
