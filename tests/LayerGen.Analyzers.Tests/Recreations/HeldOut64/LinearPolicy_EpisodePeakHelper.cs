// Idiom: linear softmax policy h(s, a) = theta · x(s, a) over a recorded episode, preferences first computed for the
// whole episode into a matrix, then normalised step by step.
// Use: pi(a | s_t) for every step of one episode.
// Layout: double[steps, actions] preference matrix filled from a double[steps, actions, features] feature tensor; the
// max is a private helper method PeakOf(double[,]) that scans the matrix it is given.
// Bug (LG0001): the helper is handed the whole episode's matrix, so every step is shifted by the episode's largest
// preference; a step whose preferences sit far below another step's underflows to 0/0.
using System;

namespace HeldOut64.LinearPolicy_EpisodePeakHelper;

public static class EpisodePolicy
{
    public static double[,] Probabilities(double[,,] features, double[] theta)
    {
        int steps = features.GetLength(0);
        int actions = features.GetLength(1);
        int dims = features.GetLength(2);
        var h = new double[steps, actions];
        for (int t = 0; t < steps; t++)
        {
            for (int a = 0; a < actions; a++)
            {
                double dot = 0.0;
                for (int k = 0; k < dims; k++)
                {
                    dot += theta[k] * features[t, a, k];
                }

                h[t, a] = dot;
            }
        }

        double peak = PeakOf(h); //~ LG0001
        var pi = new double[steps, actions];
        for (int t = 0; t < steps; t++)
        {
            double sum = 0.0;
            for (int a = 0; a < actions; a++)
            {
                pi[t, a] = Math.Exp(h[t, a] - peak);
                sum += pi[t, a];
            }

            for (int a = 0; a < actions; a++)
            {
                pi[t, a] /= sum;
            }
        }

        return pi;
    }

    private static double PeakOf(double[,] values)
    {
        double best = double.NegativeInfinity;
        for (int i = 0; i < values.GetLength(0); i++)
        {
            for (int j = 0; j < values.GetLength(1); j++)
            {
                if (values[i, j] > best)
                {
                    best = values[i, j];
                }
            }
        }

        return best;
    }
}
