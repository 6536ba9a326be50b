// Idiom: segmentation evaluation with an ignore label (255 = void): class softmax only at labelled pixels, per-class mean confidence
// Layout: flat float[] CHW of one image [classes, H * W], byte[] label mask [H * W]
// Correct
using System;

namespace HeldOut38.IgnoreMask_ValidPixels;

public static class MaskedSoftmax
{
    public const byte IgnoreLabel = 255;

    public static float[] Probabilities(float[] logits, byte[] mask, int classes, out float[] meanConfidence)
    {
        int pixels = mask.Length;
        var probs = new float[logits.Length];
        meanConfidence = new float[classes];
        var counts = new int[classes];

        for (int p = 0; p < pixels; p++)
        {
            if (mask[p] == IgnoreLabel)
                continue;

            float m = logits[p];
            for (int c = 1; c < classes; c++)
                m = Math.Max(m, logits[c * pixels + p]);

            float norm = 0f;
            for (int c = 0; c < classes; c++)
            {
                probs[c * pixels + p] = MathF.Exp(logits[c * pixels + p] - m);
                norm += probs[c * pixels + p];
            }

            for (int c = 0; c < classes; c++)
                probs[c * pixels + p] /= norm;

            int label = mask[p];
            if (label < classes)
            {
                meanConfidence[label] += probs[label * pixels + p];
                counts[label]++;
            }
        }

        for (int c = 0; c < classes; c++)
            meanConfidence[c] = counts[c] > 0 ? meanConfidence[c] / counts[c] : 0f;

        return probs;
    }
}
