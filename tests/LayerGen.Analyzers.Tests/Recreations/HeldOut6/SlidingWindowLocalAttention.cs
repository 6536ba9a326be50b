// Source: sliding-window (local) attention over a 1-D score sequence (Longformer-style local windows, and
// sliding-window softmax pooling in C# audio/sensor code), re-created on a Span<double> signal.
// Layout: scores[N]; window k is scores[k .. k + window), its softmax written to output row k ([N - window + 1, window]).
// Correct: every window gets its own max and sum.
using System;

namespace HeldOut6.SlidingWindowLocalAttention;

public static class SlidingSoftmax
{
    public static double[,] Windows(ReadOnlySpan<double> scores, int window)
    {
        int count = scores.Length - window + 1;
        var weights = new double[count, window];
        for (int k = 0; k < count; k++)
        {
            ReadOnlySpan<double> w = scores.Slice(k, window);
            double hi = double.NegativeInfinity;
            for (int j = 0; j < w.Length; j++)
            {
                if (w[j] > hi) hi = w[j];
            }

            double sum = 0;
            for (int j = 0; j < w.Length; j++)
            {
                weights[k, j] = Math.Exp(w[j] - hi);
                sum += weights[k, j];
            }

            for (int j = 0; j < w.Length; j++)
            {
                weights[k, j] /= sum;
            }
        }

        return weights;
    }
}
