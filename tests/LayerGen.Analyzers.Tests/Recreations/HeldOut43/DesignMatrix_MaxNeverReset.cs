// Idiom: multinomial logit with individual characteristics, V = B·X computed into a flat alternative-major buffer
// Layout: flat v[j * persons + n] (alternatives × persons, persons contiguous), strides by hand
// Bug (LG0001): the max is declared above the person loop and never reset, a running max over the persons so far
using System;

namespace HeldOut43.DesignMatrix_MaxNeverReset;

public static class MnlFlatDesign
{
    public static double[] Probabilities(double[] b, double[] x, int nAlts, int nCov, int nPersons)
    {
        var v = new double[nAlts * nPersons];
        for (int j = 0; j < nAlts; j++)
            for (int n = 0; n < nPersons; n++)
                for (int k = 0; k < nCov; k++)
                    v[j * nPersons + n] += b[j * nCov + k] * x[k * nPersons + n];

        var p = new double[nAlts * nPersons];
        double vMax = double.NegativeInfinity;
        for (int n = 0; n < nPersons; n++)
        {
            for (int j = 0; j < nAlts; j++)
                if (v[j * nPersons + n] > vMax) vMax = v[j * nPersons + n]; //~ LG0001

            double denom = 0.0;
            for (int j = 0; j < nAlts; j++)
            {
                p[j * nPersons + n] = Math.Exp(v[j * nPersons + n] - vMax);
                denom += p[j * nPersons + n];
            }

            for (int j = 0; j < nAlts; j++)
                p[j * nPersons + n] /= denom;
        }

        return p;
    }
}
