// Source: BIC-based model averaging weights (Raftery 1995), re-created with evidence values in record structs and
// the best BIC never subtracted.
// Layout: IReadOnlyList<readonly record struct ModelEvidence(Name, Bic)>, LINQ Select into an array, a loop divides.
// Bug (LG0003): exp(-BIC/2) of the absolute BICs; a set with large negative BICs (large log-likelihoods) overflows to
// infinity and gives NaN weights.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public readonly record struct ModelEvidence(string Name, double Bic);

public static class BicModelAveraging_RawRecordStructExp
{
    public static double[] PosteriorWeights(IReadOnlyList<ModelEvidence> fits)
    {
        double[] weight = fits.Select(f => Math.Exp(-f.Bic / 2)).ToArray(); //~ LG0003
        double z = weight.Sum();
        for (int i = 0; i < weight.Length; i++) weight[i] /= z;
        return weight;
    }
}
