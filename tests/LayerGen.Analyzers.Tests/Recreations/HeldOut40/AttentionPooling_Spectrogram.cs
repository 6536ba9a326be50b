// Idiom: attention pooling of spectrogram frames: per channel, softmax over time, pooled = sum alpha * feature
// Layout: float[time, channels], softmax column-wise (over the first index)
// Correct
using System;

namespace HeldOut40.AttentionPooling_Spectrogram;

public static class AttentivePooling
{
    public static float[] Pool(float[,] features, float[,] scores, out float[,] weights)
    {
        int time = scores.GetLength(0);
        int channels = scores.GetLength(1);
        weights = new float[time, channels];
        var pooled = new float[channels];
        for (int ch = 0; ch < channels; ch++)
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < time; t++)
                if (scores[t, ch] > peak) peak = scores[t, ch];

            float sum = 0f;
            for (int t = 0; t < time; t++)
            {
                weights[t, ch] = MathF.Exp(scores[t, ch] - peak);
                sum += weights[t, ch];
            }

            for (int t = 0; t < time; t++)
            {
                weights[t, ch] /= sum;
                pooled[ch] += weights[t, ch] * features[t, ch];
            }
        }

        return pooled;
    }
}
