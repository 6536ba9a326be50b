// Re-creation (our own code) of the shape of ODIN out-of-distribution scoring (Liang, Li & Srikant 2018: maximum
// softmax probability of logits / T with a large temperature T, e.g. 1000) over a batch of images.
// Layout: List<float[]> logits per image, Parallel.For over images, probabilities to float[][], score = max p.
// Correct: each image's scaled logits are shifted by their own maximum.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut10;

public static class OdinDetectorTemperatureScaledRows
{
    public static float[] Scores(List<float[]> logits, float temperature, float[][] probabilities)
    {
        var scores = new float[logits.Count];
        Parallel.For(0, logits.Count, n =>
        {
            float[] x = logits[n];
            float[] p = probabilities[n];
            float top = float.NegativeInfinity;
            for (int c = 0; c < x.Length; c++)
                top = MathF.Max(top, x[c] / temperature);

            float total = 0f;
            for (int c = 0; c < x.Length; c++)
            {
                p[c] = MathF.Exp(x[c] / temperature - top);
                total += p[c];
            }

            float best = 0f;
            for (int c = 0; c < x.Length; c++)
            {
                p[c] /= total;
                best = MathF.Max(best, p[c]);
            }

            scores[n] = best;
        });
        return scores;
    }
}
