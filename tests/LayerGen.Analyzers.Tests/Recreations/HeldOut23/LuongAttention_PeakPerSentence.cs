// Source: global attention of Luong, Pham & Manning (2015), alignment weights over precomputed scores.
// Layout: flat float[] [batch, targetSteps, sourceSteps] with explicit offsets; the softmax runs over sourceSteps.
// Bug (LG0001): the maximum is taken once per sentence over every target step's scores ([targetSteps · sourceSteps])
// and subtracted from each target row, which is then normalised on its own.
using System;

namespace HeldOut23.NeuralMachineTranslation;

/// <summary>Alignment weights of a batch of sentences from precomputed attention scores.</summary>
public static class SentenceAttention
{
    /// <summary>Returns the alignment weights, same layout as <paramref name="scores"/>.</summary>
    public static float[] Align(float[] scores, int batch, int targetSteps, int sourceSteps)
    {
        var weights = new float[scores.Length];
        int block = targetSteps * sourceSteps;
        for (int b = 0; b < batch; b++)
        {
            float max = float.MinValue;
            for (int i = b * block; i < (b + 1) * block; i++)
            {
                max = Math.Max(max, scores[i]); //~ LG0001
            }

            for (int t = 0; t < targetSteps; t++)
            {
                int row = b * block + t * sourceSteps;
                float sum = 0f;
                for (int s = 0; s < sourceSteps; s++)
                {
                    weights[row + s] = MathF.Exp(scores[row + s] - max);
                    sum += weights[row + s];
                }

                for (int s = 0; s < sourceSteps; s++)
                {
                    weights[row + s] /= sum;
                }
            }
        }

        return weights;
    }
}
