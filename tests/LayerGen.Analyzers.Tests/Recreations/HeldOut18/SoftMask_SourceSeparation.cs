// Source: soft (Wiener-style) time-frequency masking for audio source separation from per-source power estimates
// (NMF separation with ratio masks, Févotte et al.; the "softmask" of nussl / librosa.util.softmask written in log
// power so that quiet sources do not vanish): M_s(t, f) = P_s(t, f) / sum_s' P_s'(t, f).
// Layout: rank-3 `float[sources, frames, bins]` log power, mixture magnitude `float[frames, bins]`, separated
// magnitudes into a rank-3 `float[sources, frames, bins]`; the softmax runs over the FIRST axis.
// Correct: each time-frequency cell shifts by its own loudest source; the per-source peak level (max over the
// whole spectrogram of one source) is only reported in dB for the meters, never used as a shift.
using System;

namespace HeldOut18.SoftMask_SourceSeparation;

public static class SoftMaskSeparator
{
    public static float[] Separate(float[,,] logPower, float[,] mixture, float[,,] estimates)
    {
        int sources = logPower.GetLength(0);
        int frames = logPower.GetLength(1);
        int bins = logPower.GetLength(2);

        var peakLevelDb = new float[sources];
        for (int s = 0; s < sources; s++)
        {
            float top = float.NegativeInfinity;
            for (int t = 0; t < frames; t++)
            {
                for (int f = 0; f < bins; f++)
                {
                    top = MathF.Max(top, logPower[s, t, f]);
                }
            }

            peakLevelDb[s] = 10f * top / MathF.Log(10f);
        }

        for (int t = 0; t < frames; t++)
        {
            for (int f = 0; f < bins; f++)
            {
                float loudest = float.NegativeInfinity;
                for (int s = 0; s < sources; s++)
                {
                    loudest = MathF.Max(loudest, logPower[s, t, f]);
                }

                float z = 0f;
                for (int s = 0; s < sources; s++)
                {
                    float e = MathF.Exp(logPower[s, t, f] - loudest);
                    estimates[s, t, f] = e;
                    z += e;
                }

                for (int s = 0; s < sources; s++)
                {
                    estimates[s, t, f] = estimates[s, t, f] / z * mixture[t, f];
                }
            }
        }

        return peakLevelDb;
    }
}
