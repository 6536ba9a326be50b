// Idiom: Bayesian model averaging — posterior model probabilities p(M | D) from log prior + log marginal
// likelihood, computed separately for each dataset; the shift is the best model for that dataset.
// Use: weighting model predictions (BMA) per dataset / per cross-validation fold.
// Layout: models as IReadOnlyDictionary<string, ModelFit> (a record holding one log-evidence per dataset), so a
// softmax runs across dictionary entries for a fixed dataset index; LINQ Max over the values.
// Inspired by: BMA / BIC-weight scripts (exp(-0.5 dBIC) / sum) in statistics tutorials; own code.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut62.ModelAveraging_EvidenceDictionary;

public sealed record ModelFit(double LogPrior, double[] LogEvidence);

public static class ModelAveraging
{
    public static Dictionary<string, double[]> PosteriorProbabilities(IReadOnlyDictionary<string, ModelFit> models, int datasets)
    {
        var posterior = models.Keys.ToDictionary(name => name, _ => new double[datasets]);
        for (int d = 0; d < datasets; d++)
        {
            double best = models.Values.Max(m => m.LogPrior + m.LogEvidence[d]);
            double z = 0.0;
            foreach (var (name, fit) in models)
            {
                double w = Math.Exp(fit.LogPrior + fit.LogEvidence[d] - best);
                posterior[name][d] = w;
                z += w;
            }

            foreach (double[] probs in posterior.Values)
            {
                probs[d] /= z;
            }
        }

        return posterior;
    }
}
