// Source: expected calibration error (Guo et al. 2017, "On Calibration of Modern Neural Networks"; gpleiss
// temperature_scaling `_ECELoss`): softmax per sample, confidence = top probability, |accuracy - confidence| per bin.
// Layout: class-major float[classes, samples] (an exported `W * X` head), column softmax per sample; the sample's
// peak is a scalar reset per column; probabilities written back class-major.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Ece_ClassMajorConfidence
{
    public static double Ece(float[,] logits, int[] labels, int bins, float[,] probs)
    {
        int k = logits.GetLength(0);
        int n = logits.GetLength(1);
        var binCount = new int[bins];
        var binConfidence = new double[bins];
        var binCorrect = new double[bins];
        for (int s = 0; s < n; s++)
        {
            float peak = logits[0, s];
            int arg = 0;
            for (int c = 1; c < k; c++)
            {
                if (logits[c, s] > peak)
                {
                    peak = logits[c, s];
                    arg = c;
                }
            }
            float sum = 0f;
            for (int c = 0; c < k; c++)
            {
                probs[c, s] = MathF.Exp(logits[c, s] - peak);
                sum += probs[c, s];
            }
            for (int c = 0; c < k; c++)
                probs[c, s] /= sum;

            float confidence = probs[arg, s];
            int b = Math.Min(bins - 1, (int)(confidence * bins));
            binCount[b]++;
            binConfidence[b] += confidence;
            binCorrect[b] += arg == labels[s] ? 1 : 0;
        }

        double ece = 0;
        for (int b = 0; b < bins; b++)
            if (binCount[b] > 0)
                ece += Math.Abs(binCorrect[b] - binConfidence[b]) / n;
        return ece;
    }
}
