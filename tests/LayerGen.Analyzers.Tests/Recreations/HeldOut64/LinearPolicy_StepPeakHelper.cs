// Idiom: linear softmax policy (Sutton & Barto's "softmax in action preferences", h(s, a, theta) = theta · x(s, a))
// evaluated along a recorded episode, e.g. for REINFORCE's returns-weighted update.
// Use: pi(a | s_t) for every step of one episode (the update itself is elsewhere).
// Layout: List<Step> records, each with a double[][] feature vector per action; preferences computed inline into a
// fresh double[] per step; the max is a private helper method Peak(double[]) called per step.
// Correct: the helper is given one step's preferences; the exp and the sum are over that step too.
using System;
using System.Collections.Generic;

namespace HeldOut64.LinearPolicy_StepPeakHelper;

public sealed record Step(int Action, double Reward, double[][] Features);

public static class LinearSoftmaxPolicy
{
    public static List<double[]> Probabilities(List<Step> episode, double[] theta)
    {
        var result = new List<double[]>(episode.Count);
        foreach (Step step in episode)
        {
            int actions = step.Features.Length;
            var h = new double[actions];
            for (int a = 0; a < actions; a++)
            {
                double dot = 0.0;
                for (int k = 0; k < theta.Length; k++)
                {
                    dot += theta[k] * step.Features[a][k];
                }

                h[a] = dot;
            }

            double peak = Peak(h);
            var pi = new double[actions];
            double sum = 0.0;
            for (int a = 0; a < actions; a++)
            {
                pi[a] = Math.Exp(h[a] - peak);
                sum += pi[a];
            }

            for (int a = 0; a < actions; a++)
            {
                pi[a] /= sum;
            }

            result.Add(pi);
        }

        return result;
    }

    private static double Peak(double[] values)
    {
        double best = double.NegativeInfinity;
        foreach (double v in values)
        {
            best = Math.Max(best, v);
        }

        return best;
    }
}
