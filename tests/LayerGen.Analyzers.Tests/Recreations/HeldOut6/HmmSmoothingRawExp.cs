// Source: HMM forward-backward smoothing (gamma = alpha * beta / P(O)) written in log space in C# HMM libraries
// (Accord.NET ForwardBackwardAlgorithm; Bigtree HiddenMarkovModel), re-created with the log scores exponentiated
// directly.
// Layout: double[T, S] log alpha and log beta; gamma at step t is a softmax over states of logAlpha + logBeta.
// Bug LG0003: exp(logAlpha + logBeta) with no max subtracted before the per-step normalisation.
using System;

namespace HeldOut6.HmmSmoothingRawExp;

public static class ForwardBackward
{
    public static double[,] Gamma(double[,] logAlpha, double[,] logBeta)
    {
        int steps = logAlpha.GetLength(0);
        int states = logAlpha.GetLength(1);
        var gamma = new double[steps, states];
        for (int t = 0; t < steps; t++)
        {
            double evidence = 0;
            for (int s = 0; s < states; s++)
            {
                double joint = logAlpha[t, s] + logBeta[t, s];
                gamma[t, s] = Math.Exp(joint); //~ LG0003
                evidence += gamma[t, s];
            }

            for (int s = 0; s < states; s++)
            {
                gamma[t, s] /= evidence;
            }
        }

        return gamma;
    }
}
