// Idiom: maximum-entropy species distribution model (Maxent): Gibbs distribution over grid cells per species, p(x) = exp(λ·f(x)) / Z, linear predictor computed inline
// Layout: features double[cell, feature], lambda double[species, feature], output double[cell, species] (the softmax runs down the cells, one column per species)
// Correct
using System;

namespace HeldOut35.MaxEntSdm_PerSpecies
{
    public static class MaxentModel
    {
        public static double[,] CellProbabilities(double[,] features, double[,] lambda)
        {
            int cells = features.GetLength(0);
            int nf = features.GetLength(1);
            int species = lambda.GetLength(0);
            var prob = new double[cells, species];
            for (int s = 0; s < species; s++)
            {
                double top = double.NegativeInfinity;
                for (int c = 0; c < cells; c++)
                {
                    double eta = 0.0;
                    for (int f = 0; f < nf; f++)
                        eta += lambda[s, f] * features[c, f];
                    prob[c, s] = eta;
                    if (eta > top) top = eta;
                }

                double z = 0.0;
                for (int c = 0; c < cells; c++)
                {
                    prob[c, s] = Math.Exp(prob[c, s] - top);
                    z += prob[c, s];
                }

                for (int c = 0; c < cells; c++)
                    prob[c, s] /= z;
            }

            return prob;
        }
    }
}
