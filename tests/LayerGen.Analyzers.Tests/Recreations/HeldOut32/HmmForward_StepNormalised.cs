// HMM forward filter with per-step normalisation (Rabiner scaling done in log space for the emissions):
// alpha_t(s) ∝ exp(log b_t(s)) · Σ_p alpha_{t-1}(p) A(p, s). Layout: jagged double[steps][states] log-emissions, double[,] transitions.
// Correct: each step's log-emissions are shifted by that step's own maximum, each step divided by its own sum.
using System;

namespace HeldOut32;

/// <summary>Filtered state probabilities of a discrete-state HMM.</summary>
public static class HmmScaledForward
{
    /// <summary>Returns alpha[t][s], each step a distribution over the states.</summary>
    public static double[][] Filter(double[][] logEmission, double[,] transition, double[] initial)
    {
        int steps = logEmission.Length, states = initial.Length;
        var alpha = new double[steps][];
        var predicted = new double[states];
        for (int t = 0; t < steps; t++)
        {
            if (t == 0)
            {
                Array.Copy(initial, predicted, states);
            }
            else
            {
                for (int s = 0; s < states; s++)
                {
                    double acc = 0;
                    for (int p = 0; p < states; p++)
                    {
                        acc += alpha[t - 1][p] * transition[p, s];
                    }

                    predicted[s] = acc;
                }
            }

            double[] le = logEmission[t];
            double top = le[0];
            for (int s = 1; s < states; s++)
            {
                top = Math.Max(top, le[s]);
            }

            var a = new double[states];
            double norm = 0;
            for (int s = 0; s < states; s++)
            {
                a[s] = predicted[s] * Math.Exp(le[s] - top);
                norm += a[s];
            }

            for (int s = 0; s < states; s++)
            {
                a[s] /= norm;
            }

            alpha[t] = a;
        }

        return alpha;
    }
}
