// Idiom: soft histogram over a List<double> of values with LINQ: the shift is "the closest any value comes to any bin",
// found once with nested Min calls, then each value's memberships exp(-(d - closest) / (2 sigma^2)) normalised per value.
// Use: differentiable histogram. Layout: List<double> values, double[] centres, List<double[]> memberships, foreach.
// Our own code. Bug LG0001: the minimum distance spans every value, not the value being spread (a value far from all
// bins underflows to 0 / 0).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut65.SoftHistogram_BatchClosestBin;

public static class LinqSoftHistogram
{
    public static List<double[]> Memberships(List<double> values, double[] centres, double sigma)
    {
        double twoVar = 2.0 * sigma * sigma;
        double closest = values.Min(v => centres.Min(c => (v - c) * (v - c))); //~ LG0001
        var result = new List<double[]>();
        foreach (double v in values)
        {
            var m = new double[centres.Length];
            double z = 0.0;
            for (int b = 0; b < centres.Length; b++)
            {
                m[b] = Math.Exp(-((v - centres[b]) * (v - centres[b]) - closest) / twoVar);
                z += m[b];
            }

            for (int b = 0; b < m.Length; b++)
            {
                m[b] /= z;
            }

            result.Add(m);
        }

        return result;
    }
}
