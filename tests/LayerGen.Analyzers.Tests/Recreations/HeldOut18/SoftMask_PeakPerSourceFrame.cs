// Source: soft time-frequency masking for audio source separation from log-power source estimates (ratio masks
// of NMF separation; nussl / librosa.util.softmask in log power): M_s(t, f) = P_s(t, f) / sum_s' P_s'(t, f).
// Layout: flat `float[]` [source, frame, bin] (bin fastest), the source axis walked with stride frames * bins;
// per-(source, frame) peaks in a flat `float[]`.
// Bug (LG0004): each source is shifted by its own frame peak (max over the bins of one frame), while the sum runs
// over the sources of one bin: the shift differs between the terms of one mask, and a bin far below its frame's
// peak underflows to 0/0.
using System;

namespace HeldOut18.SoftMask_PeakPerSourceFrame;

public static class FlatSoftMask
{
    public static void Masks(float[] logPower, int sources, int frames, int bins, float[] masks)
    {
        var framePeak = new float[sources * frames];
        Array.Fill(framePeak, float.NegativeInfinity);
        for (int s = 0; s < sources; s++)
        {
            for (int t = 0; t < frames; t++)
            {
                int row = s * frames + t;
                for (int f = 0; f < bins; f++)
                {
                    framePeak[row] = MathF.Max(framePeak[row], logPower[row * bins + f]); //~ LG0004
                }
            }
        }

        int plane = frames * bins;
        for (int t = 0; t < frames; t++)
        {
            for (int f = 0; f < bins; f++)
            {
                float z = 0f;
                int idx = t * bins + f;
                for (int s = 0; s < sources; s++, idx += plane)
                {
                    masks[idx] = MathF.Exp(logPower[idx] - framePeak[s * frames + t]);
                    z += masks[idx];
                }

                for (idx = t * bins + f; idx < logPower.Length; idx += plane)
                {
                    masks[idx] /= z;
                }
            }
        }
    }
}
