// Source: attention-based multiple-instance learning pooling (Ilse et al. 2018, AMLab-Amsterdam/AttentionDeepMIL:
// a = softmax over the instances of a bag), re-created for bags packed into one buffer.
// Layout: flat float[] instance scores, int[] bagStarts (bags of different sizes), Span<float> slices, a local function.
// Correct: each bag's span is normalised on its own.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class MilAttention_BagSpans
{
    public static float[] InstanceWeights(float[] scores, int[] bagStarts)
    {
        var weights = (float[])scores.Clone();
        for (int b = 0; b + 1 < bagStarts.Length; b++)
            Normalise(weights.AsSpan(bagStarts[b], bagStarts[b + 1] - bagStarts[b]));
        return weights;

        static void Normalise(Span<float> bag)
        {
            float peak = float.NegativeInfinity;
            foreach (float v in bag) peak = MathF.Max(peak, v);
            float total = 0f;
            for (int i = 0; i < bag.Length; i++)
            {
                bag[i] = MathF.Exp(bag[i] - peak);
                total += bag[i];
            }
            for (int i = 0; i < bag.Length; i++) bag[i] /= total;
        }
    }
}
