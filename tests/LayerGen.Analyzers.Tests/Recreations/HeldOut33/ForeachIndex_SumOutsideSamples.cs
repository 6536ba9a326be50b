// Idiom: foreach over the samples with a separate index variable for the values (k++ by hand), .Max() per sample,
// variables declared at the top of the method as in a C-style course.
// Layout: List<double[]> [samples][classes].
// Bug (LG0002): `sum` is declared once above the sample loop and never reset, so each sample is divided by the exps of
// every sample so far.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut33.ForeachIndexSumOutsideSamples;

/// <summary>Softmax with foreach loops, C-style declarations.</summary>
public static class ForeachSoftmax
{
    public static List<double[]> Softmax(List<double[]> batch)
    {
        var result = new List<double[]>();
        double sum = 0;
        double max;
        int k;
        foreach (double[] sample in batch)
        {
            max = sample.Max();
            double[] e = new double[sample.Length];
            k = 0;
            foreach (double v in sample)
            {
                e[k] = Math.Exp(v - max);
                sum += e[k]; //~ LG0002
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
}
