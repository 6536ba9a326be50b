// Idiom: latent class posterior with the log joint stored class-major (one row per class, as an EM loop over classes
// fills it); the shift is each class's largest log joint over the respondents, the normaliser per respondent over
// the classes.
// Layout: double[classes, respondents], Math.Max fold along a class row.
// Bug: LG0004 (max over respondents, sum over classes).
using System;

namespace HeldOut50.LatentClass_ClassMajorPeaks;

public static class ClassMajorEStep
{
    public static double[,] Posterior(double[,] logJoint)
    {
        int classes = logJoint.GetLength(0), respondents = logJoint.GetLength(1);
        var classPeak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            classPeak[c] = double.NegativeInfinity;
            for (int i = 0; i < respondents; i++)
            {
                classPeak[c] = Math.Max(classPeak[c], logJoint[c, i]); //~ LG0004
            }
        }

        var posterior = new double[classes, respondents];
        for (int i = 0; i < respondents; i++)
        {
            double norm = 0.0;
            for (int c = 0; c < classes; c++)
            {
                posterior[c, i] = Math.Exp(logJoint[c, i] - classPeak[c]);
                norm += posterior[c, i];
            }

            for (int c = 0; c < classes; c++)
            {
                posterior[c, i] /= norm;
            }
        }

        return posterior;
    }
}
