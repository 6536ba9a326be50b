// Source: deep-ensemble / bagging classifiers in C# (average the member models' softmax outputs; ML.NET-style
// "average of probabilities" voting), re-created on a List<float[,]> of member logits.
// Layout: each member float[N, K]; softmax over K per sample per member, then the mean over members.
// Correct: each member's row gets its own max and sum.
using System;
using System.Collections.Generic;

namespace HeldOut6.EnsembleAverageSoftmax;

public static class SoftVoting
{
    public static float[,] Average(List<float[,]> memberLogits)
    {
        int n = memberLogits[0].GetLength(0);
        int k = memberLogits[0].GetLength(1);
        var mean = new float[n, k];
        var scratch = new float[k];
        foreach (float[,] logits in memberLogits)
        {
            for (int i = 0; i < n; i++)
            {
                float m = float.NegativeInfinity;
                for (int c = 0; c < k; c++) m = MathF.Max(m, logits[i, c]);
                float s = 0f;
                for (int c = 0; c < k; c++)
                {
                    scratch[c] = MathF.Exp(logits[i, c] - m);
                    s += scratch[c];
                }

                for (int c = 0; c < k; c++)
                {
                    mean[i, c] += scratch[c] / s / memberLogits.Count;
                }
            }
        }

        return mean;
    }
}
