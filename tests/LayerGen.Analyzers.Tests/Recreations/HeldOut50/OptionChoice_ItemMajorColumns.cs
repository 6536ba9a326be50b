// Idiom: multiple-choice (distractor) model for one item: option probabilities per examinee, z_k = a_k theta + c_k,
// stored option-major as an item-analysis report lays them out, walked with while loops.
// Layout: double[options, examinees] (softmax down each column), while loops with manual counters.
// Correct.
using System;

namespace HeldOut50.OptionChoice_ItemMajorColumns;

public static class DistractorModel
{
    public static double[,] OptionProbabilities(double[] theta, double[] a, double[] c)
    {
        int options = a.Length, examinees = theta.Length;
        var p = new double[options, examinees];
        int n = 0;
        while (n < examinees)
        {
            int k = 0;
            double best = double.NegativeInfinity;
            while (k < options)
            {
                p[k, n] = a[k] * theta[n] + c[k];
                if (p[k, n] > best) best = p[k, n];
                k++;
            }

            double denom = 0.0;
            k = 0;
            while (k < options)
            {
                p[k, n] = Math.Exp(p[k, n] - best);
                denom += p[k, n];
                k++;
            }

            k = 0;
            while (k < options)
            {
                p[k, n] /= denom;
                k++;
            }

            n++;
        }

        return p;
    }
}
