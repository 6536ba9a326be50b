// Idiom: LINQ Aggregate with a method group (Math.Max) for the maximum, Select/Sum, and Zip to pair rows with weights.
// Use: soft-voting ensemble, each member's logits softmaxed, then a weighted average of the member distributions.
// Layout: IReadOnlyList<double[]> members, one distribution per member; Zip with the member weights.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut27;

public static class AggregateZipEnsemble
{
    /// <summary>Weighted average of the members' softmax distributions (weights sum to one).</summary>
    public static double[] Vote(IReadOnlyList<double[]> memberLogits, IReadOnlyList<double> memberWeights)
    {
        int classes = memberLogits[0].Length;
        var vote = new double[classes];
        foreach (var (logits, weight) in memberLogits.Zip(memberWeights))
        {
            double max = logits.Aggregate(double.NegativeInfinity, Math.Max);
            double[] exps = logits.Select(z => Math.Exp(z - max)).ToArray();
            double sum = exps.Sum();
            for (int c = 0; c < classes; c++)
            {
                vote[c] += weight * exps[c] / sum;
            }
        }

        return vote;
    }
}
