// Idiom: EM for a mixture of sequence profiles (sequence clustering): responsibilities of each cluster for each
// sequence, r[k] = exp(log pi_k + log L_k(seq) - m) / Z, computed by a local function per sequence.
// Layout: List<double[]> (one per-cluster log-likelihood array per sequence) plus a double[] of log mixing weights;
// local function `Responsibilities`; Math.Exp.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut47.MixtureWeights_LocalFunction;

public static class ProfileMixture
{
    public static List<double[]> EStep(List<double[]> logLikelihoods, double[] logMixing)
    {
        var result = new List<double[]>(logLikelihoods.Count);
        foreach (double[] ll in logLikelihoods)
        {
            result.Add(Responsibilities(ll));
        }

        return result;

        double[] Responsibilities(double[] ll)
        {
            int k = ll.Length;
            var joint = new double[k];
            double m = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                joint[c] = logMixing[c] + ll[c];
                m = Math.Max(m, joint[c]);
            }

            double z = 0.0;
            for (int c = 0; c < k; c++)
            {
                joint[c] = Math.Exp(joint[c] - m);
                z += joint[c];
            }

            for (int c = 0; c < k; c++)
            {
                joint[c] /= z;
            }

            return joint;
        }
    }
}
