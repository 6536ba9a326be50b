// Source: re-creates the shape of heartbeat classification on segmented ECG beats (MIT-BIH AAMI classes N/S/V/F/Q;
// Kachuee et al. 2018 style 1-D CNN): class posteriors per beat from the network's output buffer.
// Layout: flat float[] with an offset and a row stride (stride ≥ classes, padding between beats); output packed
// [beats × classes].
// Label: LG0004 — the peak is taken per class over all beats (a column of the batch), the sum per beat (a row).
using System;

namespace HeldOut22.EcgBeats_PeakPerClassOverBeats;

/// <summary>Beat-class posteriors from a strided logits buffer.</summary>
public static class BeatClassifier
{
    /// <summary>posteriors[b · classes + k] = softmax over k of logits[offset + b · stride + k].</summary>
    public static float[] Posteriors(float[] logits, int offset, int stride, int beats, int classes)
    {
        var posteriors = new float[beats * classes];
        var classPeak = new float[classes];
        Array.Fill(classPeak, float.NegativeInfinity);
        for (int b = 0; b < beats; b++)
        {
            for (int k = 0; k < classes; k++)
            {
                classPeak[k] = MathF.Max(classPeak[k], logits[offset + b * stride + k]); //~ LG0004
            }
        }

        for (int b = 0; b < beats; b++)
        {
            int row = offset + b * stride;
            float z = 0f;
            for (int k = 0; k < classes; k++)
            {
                float e = MathF.Exp(logits[row + k] - classPeak[k]);
                posteriors[b * classes + k] = e;
                z += e;
            }

            float inverse = 1f / z;
            for (int k = 0; k < classes; k++)
            {
                posteriors[b * classes + k] *= inverse;
            }
        }

        return posteriors;
    }
}
