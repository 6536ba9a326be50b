// Source: latent class analysis E-step (poLCA `poLCA.postClass.C`), with the normaliser hoisted out of the person
// loop "to reuse the buffer".
// Layout: double[persons, classes] with a double[] log prior.
// Bug: LG0002 — one denominator accumulated over every person's classes.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class LatentClass_TotalOverPersons
{
    public static double[,] Posterior(double[,] logLik, double[] logPrior)
    {
        int persons = logLik.GetLength(0), classes = logLik.GetLength(1);
        var post = new double[persons, classes];
        var peak = new double[persons];
        double z = 0.0;
        for (int i = 0; i < persons; i++)
        {
            peak[i] = double.NegativeInfinity;
            for (int r = 0; r < classes; r++)
                peak[i] = Math.Max(peak[i], logLik[i, r] + logPrior[r]);
            for (int r = 0; r < classes; r++)
            {
                post[i, r] = Math.Exp(logLik[i, r] + logPrior[r] - peak[i]);
                z += post[i, r]; //~ LG0002
            }
        }
        for (int i = 0; i < persons; i++)
            for (int r = 0; r < classes; r++)
                post[i, r] /= z;
        return post;
    }
}
