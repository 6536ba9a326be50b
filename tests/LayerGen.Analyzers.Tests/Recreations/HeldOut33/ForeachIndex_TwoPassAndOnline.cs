// Idiom: foreach over the samples and over the values with a separate index variable (k++ by hand); two versions from a
// blog post: the usual two-pass softmax, and the "one pass" online softmax that rescales its running sum when a new
// max appears.
// Layout: List<double[]> [samples][classes].
// Correct (both): the max and the sum are per sample; the online version rescales its sum (correct online softmax).
using System;
using System.Collections.Generic;

namespace HeldOut33.ForeachIndexTwoPassAndOnline;

/// <summary>Two ways to write softmax with foreach loops.</summary>
public static class ForeachSoftmax
{
    public static List<double[]> TwoPass(List<double[]> batch)
    {
        var result = new List<double[]>();
        foreach (double[] sample in batch)
        {
            double max = double.NegativeInfinity;
            foreach (double v in sample)
            {
                if (v > max) max = v;
            }

            double[] e = new double[sample.Length];
            double sum = 0;
            int k = 0;
            foreach (double v in sample)
            {
                e[k] = Math.Exp(v - max);
                sum += e[k];
                k++;
            }

            for (k = 0; k < e.Length; k++)
            {
                e[k] /= sum;
            }

            result.Add(e);
        }

        return result;
    }

    public static List<double[]> OnePass(List<double[]> batch)
    {
        var result = new List<double[]>();
        foreach (double[] sample in batch)
        {
            double m = double.NegativeInfinity;
            double s = 0;
            foreach (double v in sample)
            {
                if (v > m)
                {
                    s = s * Math.Exp(m - v) + 1.0;
                    m = v;
                }
                else
                {
                    s += Math.Exp(v - m);
                }
            }

            double[] p = new double[sample.Length];
            int k = 0;
            foreach (double v in sample)
            {
                p[k] = Math.Exp(v - m) / s;
                k++;
            }

            result.Add(p);
        }

        return result;
    }
}
