// Idiom: soft point correspondence with a row-major distance table built by LINQ: each source row is softmaxed over
// the targets, but the subtracted floor[j] is target j's nearest source (a minimum down the column, over the sources).
// Layout: List<double[]> xyz triples for both clouds, d2 double[][] [source][target]; probabilities out double[][].
// Inspired by: soft-ICP correspondence code (read for style only; own code).
// Bug: LG0004 (minimum per target over the sources, sum per source over the targets).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut61.SoftCorrespondence_TargetColumnMinima;

public static class SoftMatch
{
    public static double[][] Match(List<double[]> source, List<double[]> target, double temperature)
    {
        double[][] d2 = source.Select(s => target.Select(t => Sq(s, t)).ToArray()).ToArray();
        var floor = new double[target.Count];
        for (int j = 0; j < target.Count; j++)
        {
            floor[j] = double.PositiveInfinity;
            foreach (double[] row in d2)
            {
                floor[j] = Math.Min(floor[j], row[j]); //~ LG0004
            }
        }

        var p = new double[source.Count][];
        for (int i = 0; i < source.Count; i++)
        {
            p[i] = new double[target.Count];
            double s = 0.0;
            for (int j = 0; j < target.Count; j++)
            {
                p[i][j] = Math.Exp((floor[j] - d2[i][j]) / temperature);
                s += p[i][j];
            }

            for (int j = 0; j < target.Count; j++)
            {
                p[i][j] /= s;
            }
        }

        return p;
    }

    private static double Sq(double[] a, double[] b)
    {
        double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }
}
