// Idiom: sample enumeration forecast, logit probabilities per person then aggregate shares by alternative
// Layout: long format flat utilities with per-person offsets start[n]..start[n + 1], a span helper per person
// Correct
using System;

namespace HeldOut43.SampleEnumeration_SpanHelper;

public static class SampleEnumeration
{
    private static void Logit(ReadOnlySpan<double> v, Span<double> p)
    {
        double m = v[0];
        for (int j = 1; j < v.Length; j++)
            if (v[j] > m) m = v[j];
        double s = 0.0;
        for (int j = 0; j < v.Length; j++)
        {
            p[j] = Math.Exp(v[j] - m);
            s += p[j];
        }

        for (int j = 0; j < v.Length; j++)
            p[j] /= s;
    }

    public static double[] Forecast(double[] utility, int[] start, int[] altId, int nAltTypes, double[] prob)
    {
        int nPersons = start.Length - 1;
        var share = new double[nAltTypes];
        for (int n = 0; n < nPersons; n++)
        {
            int len = start[n + 1] - start[n];
            Logit(utility.AsSpan(start[n], len), prob.AsSpan(start[n], len));
            for (int r = start[n]; r < start[n + 1]; r++)
                share[altId[r]] += prob[r] / nPersons;
        }

        return share;
    }
}
