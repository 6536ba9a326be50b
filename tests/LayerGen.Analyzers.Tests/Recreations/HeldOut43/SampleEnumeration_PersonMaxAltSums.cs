// Idiom: sample enumeration forecast, logit probabilities per person then aggregate shares by alternative
// Layout: wide double[persons, alternatives], person maxima in one array, denominators in another
// Bug (LG0004): the max runs per person over the alternatives but the denominator per alternative over the persons
using System;

namespace HeldOut43.SampleEnumeration_PersonMaxAltSums;

public static class SampleEnumerationWide
{
    public static double[,] Probabilities(double[,] v, double[] share)
    {
        int nPersons = v.GetLength(0), nAlts = v.GetLength(1);
        var rowMax = new double[nPersons];
        for (int n = 0; n < nPersons; n++)
        {
            rowMax[n] = double.NegativeInfinity;
            for (int j = 0; j < nAlts; j++)
                rowMax[n] = Math.Max(rowMax[n], v[n, j]); //~ LG0004
        }

        var e = new double[nPersons, nAlts];
        var denom = new double[nAlts];
        for (int n = 0; n < nPersons; n++)
            for (int j = 0; j < nAlts; j++)
            {
                e[n, j] = Math.Exp(v[n, j] - rowMax[n]);
                denom[j] += e[n, j];
            }

        var p = new double[nPersons, nAlts];
        for (int n = 0; n < nPersons; n++)
            for (int j = 0; j < nAlts; j++)
            {
                p[n, j] = e[n, j] / denom[j];
                share[j] += p[n, j] / nPersons;
            }

        return p;
    }
}
