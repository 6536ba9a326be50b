// Idiom: HMM forward pass with per-step scaling, written with a while loop over time and emissions stored
// state-major (b[state][t], as a per-state emission model fills them); the scale accumulator is declared with
// the other locals before the time loop and never cleared.
// Use: filtered state posteriors of a hidden Markov model.
// Layout: log-emissions jagged double[S][T] (state-major), transition double[][] rows, alpha jagged double[T][S].
// Inspired by: Rabiner-style C forward.c (Kanungo) and the TheNoog data-science-templates hmm.cs; own code.
// Label: LG0002 — the scale sums every step so far, not the current step (only step 0 sums to one).
using System;

namespace HeldOut62.HmmFilter_ScaleCarriedOverSteps;

public static class ScaledForward
{
    public static double[][] Filter(double[][] logB, double[][] a, double[] pi)
    {
        int states = logB.Length;
        int steps = logB[0].Length;
        var alpha = new double[steps][];
        double scale = 0.0;
        int t = 0;
        while (t < steps)
        {
            var row = new double[states];
            double peak = double.NegativeInfinity;
            for (int j = 0; j < states; j++)
            {
                peak = Math.Max(peak, logB[j][t]);
            }

            for (int j = 0; j < states; j++)
            {
                double prior = pi[j];
                if (t > 0)
                {
                    prior = 0.0;
                    for (int i = 0; i < states; i++)
                    {
                        prior += alpha[t - 1][i] * a[i][j];
                    }
                }

                row[j] = prior * Math.Exp(logB[j][t] - peak);
                scale += row[j]; //~ LG0002
            }

            for (int j = 0; j < states; j++)
            {
                row[j] /= scale;
            }

            alpha[t] = row;
            t++;
        }

        return alpha;
    }
}
