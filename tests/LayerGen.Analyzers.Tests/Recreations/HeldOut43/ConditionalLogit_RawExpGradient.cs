// Idiom: conditional logit estimation, score per choice situation, textbook exp(x'β) / Σ exp(x'β)
// Layout: List<ChoiceSet> records, one jagged attribute table per situation, probabilities returned per situation
// Bug (LG0003): exp of x'β with no max subtracted (overflows once a utility passes ~709)
using System;
using System.Collections.Generic;

namespace HeldOut43.ConditionalLogit_RawExpGradient;

public sealed record ChoiceSet(double[][] Attributes, int Chosen);

public static class ClogitRecords
{
    private static double Dot(double[] a, double[] b)
    {
        double s = 0.0;
        for (int k = 0; k < a.Length; k++)
            s += a[k] * b[k];
        return s;
    }

    public static double[] Gradient(List<ChoiceSet> data, double[] beta, List<double[]> probabilities)
    {
        var grad = new double[beta.Length];
        probabilities.Clear();
        foreach (ChoiceSet obs in data)
        {
            int nAlts = obs.Attributes.Length;
            var expV = new double[nAlts];
            double total = 0.0;
            for (int j = 0; j < nAlts; j++)
            {
                expV[j] = Math.Exp(Dot(obs.Attributes[j], beta)); //~ LG0003
                total += expV[j];
            }

            var p = new double[nAlts];
            for (int j = 0; j < nAlts; j++)
                p[j] = expV[j] / total;
            probabilities.Add(p);

            for (int k = 0; k < beta.Length; k++)
            {
                double expected = 0.0;
                for (int j = 0; j < nAlts; j++)
                    expected += p[j] * obs.Attributes[j][k];
                grad[k] += obs.Attributes[obs.Chosen][k] - expected;
            }
        }

        return grad;
    }
}
