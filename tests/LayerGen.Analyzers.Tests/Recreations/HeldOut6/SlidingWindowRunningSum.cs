// Source: sliding-window softmax pooling in C# signal code (a running window with the normaliser carried between
// windows, as running-sum smoothing code does), re-created on double[].
// Layout: scores[N]; window k covers scores[k .. k + window), its softmax in row k of [N - window + 1, window].
// Bug LG0002: `sum` is carried from window to window instead of restarting, so it spans every window so far.
using System;

namespace HeldOut6.SlidingWindowRunningSum;

public static class RunningWindowSoftmax
{
    public static double[,] Windows(double[] scores, int window)
    {
        int count = scores.Length - window + 1;
        var weights = new double[count, window];
        double sum = 0;
        for (int k = 0; k < count; k++)
        {
            double hi = scores[k];
            for (int j = 1; j < window; j++)
            {
                hi = Math.Max(hi, scores[k + j]);
            }

            for (int j = 0; j < window; j++)
            {
                weights[k, j] = Math.Exp(scores[k + j] - hi);
                sum += weights[k, j]; //~ LG0002
            }

            for (int j = 0; j < window; j++)
            {
                weights[k, j] /= sum;
            }
        }

        return weights;
    }
}
