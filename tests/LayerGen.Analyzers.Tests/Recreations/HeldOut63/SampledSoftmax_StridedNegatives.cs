// HeldOut63 / SampledSoftmax_StridedNegatives
// Idiom: sampled softmax for a large item/vocabulary output: each training example scores its positive and K sampled
// negatives, and the softmax runs over those 1 + K logits only (sampled-softmax recommenders and word2vec-style
// trainers; own code, no log-Q correction).
// Layout: flat float[] logits with stride 1 + K, positive first; ReadOnlySpan Slice per example; MathF.Max fold.
// Label: Correct (maximum and sum over one example's 1 + K slots).
using System;

namespace HeldOut63.SampledSoftmax_StridedNegatives;

public static class SampledSoftmax
{
    public static float[] CandidateProbabilities(float[] logits, int negatives)
    {
        int stride = 1 + negatives;
        var probs = new float[logits.Length];
        ReadOnlySpan<float> all = logits;
        for (int offset = 0; offset < logits.Length; offset += stride)
        {
            ReadOnlySpan<float> example = all.Slice(offset, stride);
            float max = example[0];
            for (int c = 1; c < example.Length; c++)
            {
                max = MathF.Max(max, example[c]);
            }

            float sum = 0f;
            for (int c = 0; c < stride; c++)
            {
                probs[offset + c] = MathF.Exp(example[c] - max);
                sum += probs[offset + c];
            }

            for (int c = 0; c < stride; c++)
            {
                probs[offset + c] /= sum;
            }
        }

        return probs;
    }

    public static float[] PositiveProbabilities(float[] logits, int negatives)
    {
        float[] probs = CandidateProbabilities(logits, negatives);
        var positive = new float[logits.Length / (1 + negatives)];
        for (int e = 0; e < positive.Length; e++)
        {
            positive[e] = probs[e * (1 + negatives)];
        }

        return positive;
    }
}
