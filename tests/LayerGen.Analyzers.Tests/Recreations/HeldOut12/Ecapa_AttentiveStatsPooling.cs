// Source: ECAPA-TDNN channel-dependent attentive statistics pooling (Desplanques et al. 2020; SpeechBrain
// `AttentiveStatisticsPooling`): per channel, a softmax over frames weights the mean and standard deviation.
// Layout: time-major float[frames, channels] energies and features, so each softmax walks down a column; channel
// loop outside, frame loop inside.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Ecapa_AttentiveStatsPooling
{
    public static float[,] Pool(float[,] energies, float[,] features, float[] mean, float[] std)
    {
        int frames = energies.GetLength(0), channels = energies.GetLength(1);
        var alpha = new float[frames, channels];
        for (int c = 0; c < channels; c++)
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < frames; t++)
            {
                peak = MathF.Max(peak, energies[t, c]);
            }

            float z = 0f;
            for (int t = 0; t < frames; t++)
            {
                alpha[t, c] = MathF.Exp(energies[t, c] - peak);
                z += alpha[t, c];
            }

            float mu = 0f, second = 0f;
            for (int t = 0; t < frames; t++)
            {
                alpha[t, c] /= z;
                mu += alpha[t, c] * features[t, c];
                second += alpha[t, c] * features[t, c] * features[t, c];
            }

            mean[c] = mu;
            std[c] = MathF.Sqrt(MathF.Max(second - mu * mu, 1e-5f));
        }

        return alpha;
    }
}
