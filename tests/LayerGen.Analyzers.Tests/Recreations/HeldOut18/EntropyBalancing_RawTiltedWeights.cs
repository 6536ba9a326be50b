// Source: entropy balancing (Hainmueller 2012; R `ebal::ebalance`, `WeightIt` "ebal"), weights
// w_i = q_i exp(-lambda . c(X_i)) / sum_j q_j exp(-lambda . c(X_j)) within each stratum.
// Layout: jagged `double[][]` unit-major covariates, strata as `IReadOnlyList<int[]>` member lists, the dot product
// computed inline for every unit.
// Bug (LG0003): the tilt is exponentiated as is; a large |lambda . c| (a covariate far from the target moment, or
// unscaled income in dollars) overflows exp to infinity and the weights become inf/inf.
using System;
using System.Collections.Generic;

namespace HeldOut18.EntropyBalancing_RawTiltedWeights;

public static class EntropyBalancing
{
    public static void Weights(double[][] x, double[] lambda, double[] baseWeights, IReadOnlyList<int[]> strata, double[] weights)
    {
        foreach (int[] members in strata)
        {
            double z = 0.0;
            foreach (int i in members)
            {
                double dot = 0.0;
                for (int k = 0; k < lambda.Length; k++)
                {
                    dot += lambda[k] * x[i][k];
                }

                double w = baseWeights[i] * Math.Exp(-dot); //~ LG0003
                weights[i] = w;
                z += w;
            }

            foreach (int i in members)
            {
                weights[i] /= z;
            }
        }
    }
}
