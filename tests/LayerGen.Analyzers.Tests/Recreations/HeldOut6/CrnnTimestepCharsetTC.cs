// Source: CRNN/PaddleOCR text-line recognisers in C# (PaddleOcr.Inference Rec postprocessors: logits [time, classes],
// greedy CTC decode with a per-timestep confidence), re-created as the softmax before the decode.
// Layout: flat float[] [T, C], row t at t * C.
// Correct: per timestep max (ternary), exp, sum and scale; then argmax and its probability.
using System;

namespace HeldOut6.CrnnTimestepCharsetTC;

public static class CrnnDecoder
{
    public static float[] TimestepProbabilities(float[] logits, int time, int classes)
    {
        var probs = new float[time * classes];
        for (int t = 0; t < time; t++)
        {
            int row = t * classes;
            float best = logits[row];
            for (int c = 1; c < classes; c++)
            {
                float v = logits[row + c];
                best = v > best ? v : best;
            }

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(logits[row + c] - best);
                probs[row + c] = e;
                sum += e;
            }

            for (int c = 0; c < classes; c++)
            {
                probs[row + c] /= sum;
            }
        }

        return probs;
    }

    public static (int[] Indices, float Confidence) Greedy(float[] probs, int time, int classes)
    {
        var indices = new int[time];
        float confidence = 0f;
        for (int t = 0; t < time; t++)
        {
            int arg = 0;
            for (int c = 1; c < classes; c++)
            {
                if (probs[t * classes + c] > probs[t * classes + arg]) arg = c;
            }

            indices[t] = arg;
            confidence += probs[t * classes + arg];
        }

        return (indices, confidence / Math.Max(1, time));
    }
}
