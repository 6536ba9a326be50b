// Idiom: nominal response model (Bock) category probabilities of one item for every examinee: z_k = a_k * theta + c_k,
// shifted by the examinee's largest z, normalised per examinee (rows = ability levels, columns = responses as in cat.dt's R probab_NRM; our own C#).
// Layout: double[examinees, categories] row-major; theta per examinee, slope/intercept per category.
// Correct.
using System;

namespace HeldOut50.NominalResponse_ExamineeRows;

public static class NominalTrace
{
    public static double[,] CategoryProbabilities(double[] theta, double[] slopes, double[] intercepts)
    {
        int examinees = theta.Length, categories = slopes.Length;
        var p = new double[examinees, categories];
        for (int n = 0; n < examinees; n++)
        {
            double top = double.NegativeInfinity;
            for (int k = 0; k < categories; k++)
            {
                p[n, k] = slopes[k] * theta[n] + intercepts[k];
                if (p[n, k] > top) top = p[n, k];
            }

            double total = 0.0;
            for (int k = 0; k < categories; k++)
            {
                p[n, k] = Math.Exp(p[n, k] - top);
                total += p[n, k];
            }

            for (int k = 0; k < categories; k++)
            {
                p[n, k] /= total;
            }
        }

        return p;
    }
}
