// Source: ML.NET LbfgsMaximumEntropyMulticlassTrainer (MulticlassLogisticRegression.AccumulateOneGradient),
// per-example log-sum-exp loss and gradient with scratch buffers kept as fields between calls.
// Layout: flat float[] weights [classes * features], examples as (float[] Features, int Label) tuples, a scratch
// field for the scores and one for the running sum.
// Bug LG0002: the sum of exponentials is a field reset only when the objective is created, so every example's
// log-sum-exp includes the previous examples' terms.
using System;
using System.Collections.Generic;

namespace HeldOut20.MlNetMaxEntCarried;

public sealed class MaxEntObjective
{
    private readonly int _classes;
    private readonly int _features;
    private readonly double[] _scores;
    private double _sumExp;

    public MaxEntObjective(int classes, int features)
    {
        _classes = classes;
        _features = features;
        _scores = new double[classes];
        _sumExp = 0.0;
    }

    public double Accumulate(List<(float[] Features, int Label)> batch, float[] weights, double[] gradient, double[][] probs)
    {
        double loss = 0.0;
        int n = 0;
        foreach (var (x, label) in batch)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < _classes; c++)
            {
                double s = 0.0;
                for (int f = 0; f < _features; f++)
                {
                    s += weights[c * _features + f] * x[f];
                }

                _scores[c] = s;
                max = Math.Max(max, s);
            }

            for (int c = 0; c < _classes; c++)
            {
                _sumExp += Math.Exp(_scores[c] - max); //~ LG0002
            }

            double lse = max + Math.Log(_sumExp);
            loss += lse - _scores[label];
            for (int c = 0; c < _classes; c++)
            {
                double p = Math.Exp(_scores[c] - lse);
                probs[n][c] = p;
                double g = p - (c == label ? 1.0 : 0.0);
                for (int f = 0; f < _features; f++)
                {
                    gradient[c * _features + f] += g * x[f];
                }
            }

            n++;
        }

        return loss;
    }
}
