// HeldOut63 / SampledSoftmax_BatchPeakOverExamples
// Idiom: sampled softmax with each example held as a record struct (positive score + its sampled negatives); the shift
// is one LINQ maximum over the whole batch of examples, "for stability" (own code).
// Layout: Example[] (record struct Example(float Positive, float[] Negatives)); examples.Max(...) over the batch;
// MathF.Exp; output float[example][1 + K].
// Label: LG0001 (the maximum spans every example; an example far below the batch's best score gives 0/0 = NaN).
using System;
using System.Linq;

namespace HeldOut63.SampledSoftmax_BatchPeakOverExamples;

public readonly record struct Example(float Positive, float[] Negatives);

public static class RecordSampledSoftmax
{
    public static float[][] CandidateProbabilities(Example[] examples)
    {
        float shift = examples.Max(e => MathF.Max(e.Positive, e.Negatives.Max())); //~ LG0001
        var result = new float[examples.Length][];
        for (int n = 0; n < examples.Length; n++)
        {
            Example ex = examples[n];
            var p = new float[1 + ex.Negatives.Length];
            p[0] = MathF.Exp(ex.Positive - shift);
            float sum = p[0];
            for (int k = 0; k < ex.Negatives.Length; k++)
            {
                p[k + 1] = MathF.Exp(ex.Negatives[k] - shift);
                sum += p[k + 1];
            }

            for (int c = 0; c < p.Length; c++)
            {
                p[c] /= sum;
            }

            result[n] = p;
        }

        return result;
    }
}
