// Idiom: Bayesian model averaging with the log-evidence kept model-major (one row per model, one column per
// dataset); each model's row peak is taken as its shift, then each dataset is normalised across the models.
// Use: posterior model probabilities per dataset for averaging predictions.
// Layout: jagged double[models][datasets] log-evidence, double[] log prior, result double[datasets][models].
// Inspired by: BMA weight scripts that loop "for each model, for each fold"; own code.
// Label: LG0004 — the shift is a maximum over one model's datasets while each sum runs over the models.
using System;
using System.Linq;

namespace HeldOut62.ModelAveraging_ModelMajorJagged;

public static class Bma
{
    public static double[][] Weights(double[][] logEvidence, double[] logPrior)
    {
        int models = logEvidence.Length;
        int datasets = logEvidence[0].Length;
        var peak = new double[models];
        for (int m = 0; m < models; m++)
        {
            peak[m] = logPrior[m] + logEvidence[m].Max(); //~ LG0004
        }

        var weights = new double[datasets][];
        for (int d = 0; d < datasets; d++)
        {
            var w = new double[models];
            double z = 0.0;
            for (int m = 0; m < models; m++)
            {
                w[m] = Math.Exp(logPrior[m] + logEvidence[m][d] - peak[m]);
                z += w[m];
            }

            for (int m = 0; m < models; m++)
            {
                w[m] /= z;
            }

            weights[d] = w;
        }

        return weights;
    }
}
