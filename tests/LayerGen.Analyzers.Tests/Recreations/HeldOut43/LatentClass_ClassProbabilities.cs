// Idiom: latent class logit, class-specific logit probabilities P_c[n, j] with class β_c, then the class-share mixture
// Layout: one double[persons, alternatives] per class in an array, attributes double[persons, alternatives, attributes]
// Correct
using System;

namespace HeldOut43.LatentClass_ClassProbabilities;

public static class LatentClassLogit
{
    public static double[][,] ClassProbabilities(double[,,] x, double[][] betaByClass, double[] classShare, double[,] mixture)
    {
        int nPersons = x.GetLength(0), nAlts = x.GetLength(1), nAttr = x.GetLength(2);
        var pc = new double[betaByClass.Length][,];
        for (int c = 0; c < betaByClass.Length; c++)
        {
            double[] beta = betaByClass[c];
            var p = new double[nPersons, nAlts];
            for (int n = 0; n < nPersons; n++)
            {
                double vMax = double.NegativeInfinity;
                for (int j = 0; j < nAlts; j++)
                {
                    double v = 0.0;
                    for (int k = 0; k < nAttr; k++)
                        v += beta[k] * x[n, j, k];
                    p[n, j] = v;
                    vMax = Math.Max(vMax, v);
                }

                double denom = 0.0;
                for (int j = 0; j < nAlts; j++)
                {
                    p[n, j] = Math.Exp(p[n, j] - vMax);
                    denom += p[n, j];
                }

                for (int j = 0; j < nAlts; j++)
                {
                    p[n, j] /= denom;
                    mixture[n, j] += classShare[c] * p[n, j];
                }
            }

            pc[c] = p;
        }

        return pc;
    }
}
