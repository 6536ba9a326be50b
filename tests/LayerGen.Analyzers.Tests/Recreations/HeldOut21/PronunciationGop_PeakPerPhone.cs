// Source: Goodness of Pronunciation scoring (Witt & Young 2000; Kaldi `compute-gop`), frame-level phone posteriors.
// Layout: row-major float[frames, phones], Parallel.For over frames; the peaks are taken per phone over the frames.
// Label: LG0004 (the shift is each phone's maximum over the utterance, the sum runs over the phones of one frame).
using System;
using System.Threading.Tasks;

namespace HeldOut21.PronunciationGopPeakPerPhone;

/// <summary>Frame posteriors for pronunciation assessment.</summary>
public static class UtterancePosteriors
{
    /// <summary>posterior[t, p] = exp(logits[t, p] − peak[p]) / Σ over the frame's phones.</summary>
    public static float[,] PhonePosteriors(float[,] logits)
    {
        int frames = logits.GetLength(0), phones = logits.GetLength(1);
        var peak = new float[phones];
        for (int p = 0; p < phones; p++)
        {
            peak[p] = float.NegativeInfinity;
            for (int t = 0; t < frames; t++)
                peak[p] = MathF.Max(peak[p], logits[t, p]); //~ LG0004
        }

        var posterior = new float[frames, phones];
        Parallel.For(0, frames, t =>
        {
            float sum = 0f;
            for (int p = 0; p < phones; p++)
            {
                posterior[t, p] = MathF.Exp(logits[t, p] - peak[p]);
                sum += posterior[t, p];
            }

            for (int p = 0; p < phones; p++) posterior[t, p] /= sum;
        });
        return posterior;
    }
}
