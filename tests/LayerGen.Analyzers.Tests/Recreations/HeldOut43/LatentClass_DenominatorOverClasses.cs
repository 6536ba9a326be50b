// Idiom: latent class logit, class-specific logit probabilities per person
// Layout: List<double[,]> of utilities per class [persons, alternatives], person loop outside the class loop
// Bug (LG0002): the denominator is reset per person but accumulates over every class's alternatives
using System;
using System.Collections.Generic;

namespace HeldOut43.LatentClass_DenominatorOverClasses;

public static class LatentClassByPerson
{
    public static List<double[,]> ClassProbabilities(List<double[,]> utilityByClass)
    {
        int nClasses = utilityByClass.Count;
        int nPersons = utilityByClass[0].GetLength(0), nAlts = utilityByClass[0].GetLength(1);
        var probs = new List<double[,]>();
        for (int c = 0; c < nClasses; c++)
            probs.Add(new double[nPersons, nAlts]);

        for (int n = 0; n < nPersons; n++)
        {
            double denom = 0.0;
            for (int c = 0; c < nClasses; c++)
            {
                double[,] v = utilityByClass[c];
                double m = v[n, 0];
                for (int j = 1; j < nAlts; j++)
                    m = Math.Max(m, v[n, j]);
                for (int j = 0; j < nAlts; j++)
                {
                    probs[c][n, j] = Math.Exp(v[n, j] - m);
                    denom += probs[c][n, j]; //~ LG0002
                }
            }

            for (int c = 0; c < nClasses; c++)
                for (int j = 0; j < nAlts; j++)
                    probs[c][n, j] /= denom;
        }

        return probs;
    }
}
