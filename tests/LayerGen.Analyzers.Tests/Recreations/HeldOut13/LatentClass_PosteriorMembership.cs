// Source: latent class analysis E-step (Lazarsfeld; poLCA `poLCA.postClass.C`, Linzer & Lewis 2011): each person's
// log-likelihood under each class plus the log prior, normalised over classes in log space.
// Layout: double[persons, classes] with a double[] log prior; static local function for the row peak.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class LatentClass_PosteriorMembership
{
    public static double[,] Posterior(double[,] logLik, double[] logPrior)
    {
        int persons = logLik.GetLength(0), classes = logLik.GetLength(1);
        var post = new double[persons, classes];
        for (int i = 0; i < persons; i++)
        {
            double peak = RowPeak(logLik, logPrior, i);
            double z = 0.0;
            for (int r = 0; r < classes; r++)
            {
                post[i, r] = Math.Exp(logLik[i, r] + logPrior[r] - peak);
                z += post[i, r];
            }
            for (int r = 0; r < classes; r++)
                post[i, r] /= z;
        }
        return post;

        static double RowPeak(double[,] ll, double[] prior, int row)
        {
            double m = double.NegativeInfinity;
            for (int r = 0; r < ll.GetLength(1); r++)
                m = Math.Max(m, ll[row, r] + prior[r]);
            return m;
        }
    }
}
