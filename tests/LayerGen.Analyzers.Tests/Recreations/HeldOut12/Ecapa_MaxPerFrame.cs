// Source: ECAPA-TDNN attentive statistics pooling (Desplanques et al. 2020; SpeechBrain): per channel, a softmax
// over frames. Layout: time-major float[frames, channels]; the shift is kept per frame.
// Bug: LG0004 — the max runs over channels for each frame while the sum runs over frames for each channel.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Ecapa_MaxPerFrame
{
    public static float[,] Weights(float[,] energies)
    {
        int frames = energies.GetLength(0), channels = energies.GetLength(1);
        var framePeak = new float[frames];
        for (int t = 0; t < frames; t++)
        {
            framePeak[t] = float.NegativeInfinity;
            for (int c = 0; c < channels; c++)
            {
                framePeak[t] = MathF.Max(framePeak[t], energies[t, c]); //~ LG0004
            }
        }

        var alpha = new float[frames, channels];
        for (int c = 0; c < channels; c++)
        {
            float z = 0f;
            for (int t = 0; t < frames; t++)
            {
                alpha[t, c] = MathF.Exp(energies[t, c] - framePeak[t]);
                z += alpha[t, c];
            }

            for (int t = 0; t < frames; t++)
            {
                alpha[t, c] /= z;
            }
        }

        return alpha;
    }
}
