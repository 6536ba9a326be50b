// Idiom: one decoding step: temperature-scaled vocabulary logits turned into probabilities and sampled
// Layout: Span<float> over one step's logits [vocab], probabilities written back in place
// Bug (LG0003): `MathF.Exp(logits[i] / temperature)` with no max subtracted overflows for large logits
using System;

namespace HeldOut39.TemperatureSampling_RawStepSpan;

public static class StepSampler
{
    public static void ToProbabilities(Span<float> logits, float temperature)
    {
        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            logits[i] = MathF.Exp(logits[i] / temperature); //~ LG0003
            sum += logits[i];
        }
        for (int i = 0; i < logits.Length; i++)
        {
            logits[i] /= sum;
        }
    }

    public static int Sample(ReadOnlySpan<float> probs, Random rng)
    {
        float r = rng.NextSingle();
        float cdf = 0f;
        for (int i = 0; i < probs.Length; i++)
        {
            cdf += probs[i];
            if (r < cdf)
            {
                return i;
            }
        }
        return probs.Length - 1;
    }
}
