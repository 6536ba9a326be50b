// Idiom: CTC output layer: per-frame softmax over the alphabet + blank, then greedy best-path decoding
// Layout: float[time, classes] row-major
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut40.CtcGreedy_FramePosteriors;

public static class CtcGreedyDecoder
{
    public const int Blank = 0;

    public static float[,] FramePosteriors(float[,] logits)
    {
        int T = logits.GetLength(0);
        int C = logits.GetLength(1);
        var probs = new float[T, C];
        for (int t = 0; t < T; t++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < C; c++)
            {
                if (logits[t, c] > max) max = logits[t, c];
            }

            float sum = 0f;
            for (int c = 0; c < C; c++)
            {
                probs[t, c] = MathF.Exp(logits[t, c] - max);
                sum += probs[t, c];
            }

            for (int c = 0; c < C; c++)
            {
                probs[t, c] /= sum;
            }
        }

        return probs;
    }

    public static List<int> Decode(float[,] logits)
    {
        var probs = FramePosteriors(logits);
        var labels = new List<int>();
        int previous = Blank;
        for (int t = 0; t < probs.GetLength(0); t++)
        {
            int best = 0;
            for (int c = 1; c < probs.GetLength(1); c++)
            {
                if (probs[t, c] > probs[t, best]) best = c;
            }

            if (best != Blank && best != previous) labels.Add(best);
            previous = best;
        }

        return labels;
    }
}
