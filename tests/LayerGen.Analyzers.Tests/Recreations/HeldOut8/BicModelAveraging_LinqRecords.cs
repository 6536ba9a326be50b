// Source: BIC-based Bayesian model averaging weights (Raftery 1995; posterior model probabilities
// exp(-BIC_i / 2) / sum after subtracting the best BIC), as in model-selection helpers, re-created with LINQ.
// Layout: IReadOnlyList<record ModelFit(Name, Bic)> for one model set; LINQ Min, Select, Sum.
// Correct: the lowest BIC of the set is subtracted (it is the max of -BIC/2).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public sealed record ModelFit(string Name, double Bic);

public static class BicModelAveraging_LinqRecords
{
    public static double[] PosteriorWeights(IReadOnlyList<ModelFit> fits)
    {
        double best = fits.Min(f => f.Bic);
        double[] raw = fits.Select(f => Math.Exp(-(f.Bic - best) / 2)).ToArray();
        double z = raw.Sum();
        return raw.Select(r => r / z).ToArray();
    }
}
