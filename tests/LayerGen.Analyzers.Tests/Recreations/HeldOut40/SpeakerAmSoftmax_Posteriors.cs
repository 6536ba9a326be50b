// Idiom: speaker embedding training with an additive-margin softmax: logits s * (cos - m) for the target speaker, s * cos otherwise
// Layout: jagged float[][] cosines [batch][speakers], int[] labels
// Correct
using System;

namespace HeldOut40.SpeakerAmSoftmax_Posteriors;

public static class AmSoftmax
{
    public static float[][] Posteriors(float[][] cosines, int[] labels, float scale, float margin)
    {
        var result = new float[cosines.Length][];
        for (int i = 0; i < cosines.Length; i++)
        {
            int speakers = cosines[i].Length;
            var logits = new float[speakers];
            for (int s = 0; s < speakers; s++)
                logits[s] = scale * (s == labels[i] ? cosines[i][s] - margin : cosines[i][s]);

            float max = logits[0];
            for (int s = 1; s < speakers; s++)
                max = logits[s] > max ? logits[s] : max;

            var p = new float[speakers];
            float sum = 0f;
            for (int s = 0; s < speakers; s++)
            {
                p[s] = MathF.Exp(logits[s] - max);
                sum += p[s];
            }

            for (int s = 0; s < speakers; s++)
                p[s] /= sum;
            result[i] = p;
        }

        return result;
    }
}
