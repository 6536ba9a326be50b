// Source: expected calibration error (Guo et al. 2017; gpleiss temperature_scaling `_ECELoss`), class-major port.
// Layout: class-major float[classes, samples]; the peaks are folded per class row (the contiguous axis) into an
// array, then each sample's column is normalised over the classes.
// Bug LG0004: the maximum runs over the samples of one class, the sum over the classes of one sample.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Ece_PeakPerClass
{
    public static void Probabilities(float[,] logits, float[,] probs)
    {
        int k = logits.GetLength(0);
        int n = logits.GetLength(1);
        var classPeak = new float[k];
        for (int c = 0; c < k; c++)
        {
            classPeak[c] = float.NegativeInfinity;
            for (int s = 0; s < n; s++)
                classPeak[c] = MathF.Max(classPeak[c], logits[c, s]); //~ LG0004
        }

        for (int s = 0; s < n; s++)
        {
            float sum = 0f;
            for (int c = 0; c < k; c++)
                sum += probs[c, s] = MathF.Exp(logits[c, s] - classPeak[c]);
            for (int c = 0; c < k; c++)
                probs[c, s] /= sum;
        }
    }
}
