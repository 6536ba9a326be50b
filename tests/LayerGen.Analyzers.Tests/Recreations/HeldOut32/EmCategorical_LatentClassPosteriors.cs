// Latent class analysis (EM for a mixture of categorical items, poLCA-style): posterior class membership of every respondent,
// P(k | x_i) ∝ pi_k · Π_j theta_kj(x_ij), computed in log space. Layout: transposed double[classes, respondents] (column = respondent).
// Correct: each respondent's (column's) own maximum over the classes and its own sum.
using System;

namespace HeldOut32;

/// <summary>E-step of latent class analysis with classes as rows.</summary>
public static class LatentClassEStep
{
    /// <summary>r[k, i] = posterior probability that respondent i belongs to class k.</summary>
    public static double[,] Posteriors(int[][] answers, double[] logPi, double[][][] logTheta)
    {
        int classes = logPi.Length, n = answers.Length;
        var r = new double[classes, n];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                double s = logPi[k];
                for (int j = 0; j < answers[i].Length; j++)
                {
                    s += logTheta[k][j][answers[i][j]];
                }

                r[k, i] = s;
            }

            double hi = r[0, i];
            for (int k = 1; k < classes; k++)
            {
                hi = Math.Max(hi, r[k, i]);
            }

            double z = 0;
            for (int k = 0; k < classes; k++)
            {
                r[k, i] = Math.Exp(r[k, i] - hi);
                z += r[k, i];
            }

            for (int k = 0; k < classes; k++)
            {
                r[k, i] /= z;
            }
        }

        return r;
    }
}
