// Idiom: latent class analysis of survey responses (poLCA-style E-step): posterior class membership per respondent
// from the log joint (log prior + log-likelihood of the response pattern, computed upstream), shifted by the
// respondent's largest log joint found by a helper method (row max as in MATLAB's gmdistribution estep).
// Layout: double[respondents, classes] row-major, helper RowMax(matrix, row).
// Correct.
using System;

namespace HeldOut50.LatentClass_RespondentRows;

public static class LatentClassPosterior
{
    public static double[,] Posterior(double[,] logJoint)
    {
        int respondents = logJoint.GetLength(0), classes = logJoint.GetLength(1);
        var posterior = new double[respondents, classes];
        for (int i = 0; i < respondents; i++)
        {
            double m = RowMax(logJoint, i);
            double norm = 0.0;
            for (int c = 0; c < classes; c++)
            {
                posterior[i, c] = Math.Exp(logJoint[i, c] - m);
                norm += posterior[i, c];
            }

            for (int c = 0; c < classes; c++)
            {
                posterior[i, c] /= norm;
            }
        }

        return posterior;
    }

    private static double RowMax(double[,] matrix, int row)
    {
        double m = double.NegativeInfinity;
        for (int c = 0; c < matrix.GetLength(1); c++)
        {
            m = Math.Max(m, matrix[row, c]);
        }

        return m;
    }
}
