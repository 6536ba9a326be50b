// Source: re-creates the shape of heartbeat classification on segmented ECG beats (MIT-BIH AAMI classes N/S/V/F/Q;
// Kachuee et al. 2018 style 1-D CNN): class posteriors per beat from the network's output buffer.
// Layout: flat float[] with an offset and a row stride (stride ≥ classes, padding between beats); output packed
// [beats × classes].
// Label: Correct — each beat is shifted by its own peak logit.
using System;

namespace HeldOut22.EcgBeats_ClassPosteriors;

/// <summary>Beat-class posteriors from a strided logits buffer.</summary>
public static class BeatClassifier
{
    /// <summary>posteriors[b · classes + k] = softmax over k of logits[offset + b · stride + k].</summary>
    public static float[] Posteriors(float[] logits, int offset, int stride, int beats, int classes)
    {
        var posteriors = new float[beats * classes];
        for (int b = 0; b < beats; b++)
        {
            int row = offset + b * stride;
            float peak = logits[row];
            for (int k = 1; k < classes; k++)
            {
                if (logits[row + k] > peak)
                {
                    peak = logits[row + k];
                }
            }

            float z = 0f;
            for (int k = 0; k < classes; k++)
            {
                float e = MathF.Exp(logits[row + k] - peak);
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
