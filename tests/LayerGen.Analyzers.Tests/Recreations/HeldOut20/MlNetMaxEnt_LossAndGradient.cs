// Source: ML.NET LbfgsMaximumEntropyMulticlassTrainer (MulticlassLogisticRegression.AccumulateOneGradient): per
// example scores = W x + b, log-sum-exp, loss lse - score[label], gradient (p - onehot) x into a flat buffer.
// Layout: flat float[] weights [classes * features] (row per class), readonly struct examples with a weight,
// class scores in a reused scratch field, probabilities as exp(score - lse) (no division).
// Correct: the log-sum-exp is shifted by each example's own peak and its sum restarts per example.
using System;
using System.Collections.Generic;

namespace HeldOut20.MlNetMaxEnt;

public readonly struct Example(float[] features, int label, float weight)
{
    public float[] Features { get; } = features;
    public int Label { get; } = label;
    public float Weight { get; } = weight;
}

public sealed class MaxEntObjective(int classes, int features)
{
    private readonly float[] _scores = new float[classes];

    /// <summary>Returns the weighted loss; adds the gradient to <paramref name="gradient"/>; probs[n] gets p(c | x_n).</summary>
    public double Accumulate(IReadOnlyList<Example> batch, float[] weights, float[] bias, float[] gradient, float[][] probs)
    {
        double loss = 0.0;
        for (int n = 0; n < batch.Count; n++)
        {
            Example example = batch[n];
            float max = float.MinValue;
            for (int c = 0; c < classes; c++)
            {
                float s = bias[c];
                int row = c * features;
                for (int f = 0; f < features; f++)
                {
                    s += weights[row + f] * example.Features[f];
                }

                _scores[c] = s;
                if (s > max)
                {
                    max = s;
                }
            }

            double sumExp = 0.0;
            for (int c = 0; c < classes; c++)
            {
                sumExp += Math.Exp(_scores[c] - max);
            }

            double lse = max + Math.Log(sumExp);
            loss += example.Weight * (lse - _scores[example.Label]);
            for (int c = 0; c < classes; c++)
            {
                float p = (float)Math.Exp(_scores[c] - lse);
                probs[n][c] = p;
                float g = example.Weight * (p - (c == example.Label ? 1f : 0f));
                int row = c * features;
                for (int f = 0; f < features; f++)
                {
                    gradient[row + f] += g * example.Features[f];
                }
            }
        }

        return loss;
    }
}
