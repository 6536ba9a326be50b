// Source: Goodness of Pronunciation scoring (Witt & Young 2000; Kaldi `compute-gop`): frame-level phone posteriors
// from acoustic-model logits, then the mean posterior of the canonical phone over its aligned segment.
// Layout: row-major float[frames, phones] (softmax along each frame's row), Parallel.For over frames.
// Label: Correct.
using System;
using System.Threading.Tasks;

namespace HeldOut21.PronunciationGopPhonePosteriors;

/// <summary>Frame posteriors and segment scores for pronunciation assessment.</summary>
public static class GopScorer
{
    /// <summary>posterior[t, p] = softmax over phones of logits[t, ·].</summary>
    public static float[,] PhonePosteriors(float[,] logits)
    {
        int frames = logits.GetLength(0), phones = logits.GetLength(1);
        var posterior = new float[frames, phones];
        Parallel.For(0, frames, t =>
        {
            float peak = logits[t, 0];
            for (int p = 1; p < phones; p++)
                if (logits[t, p] > peak) peak = logits[t, p];

            float sum = 0f;
            for (int p = 0; p < phones; p++)
            {
                posterior[t, p] = MathF.Exp(logits[t, p] - peak);
                sum += posterior[t, p];
            }

            for (int p = 0; p < phones; p++) posterior[t, p] /= sum;
        });
        return posterior;
    }

    /// <summary>Mean posterior of the canonical phone over frames [start, end).</summary>
    public static float SegmentScore(float[,] posterior, int canonicalPhone, int start, int end)
    {
        float total = 0f;
        for (int t = start; t < end; t++) total += posterior[t, canonicalPhone];
        return total / Math.Max(1, end - start);
    }
}
