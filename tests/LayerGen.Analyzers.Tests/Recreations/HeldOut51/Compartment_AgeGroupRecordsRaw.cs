// Idiom: multinomial-logit transition probabilities out of one compartment per age group, age groups as records, the
// probabilities written with LINQ: Select(h => Math.Exp(h)) over the group's linear predictors, then Sum.
// Use: per-step transition probabilities of an age-structured stochastic compartment model.
// Layout: IReadOnlyList<AgeGroup> records (label, double[] linear predictor per destination); double[][] out.
// Bug LG0003: exp of the raw linear predictor with no shift (∞/∞ = NaN above ~709 in double).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.Compartment_AgeGroupRecordsRaw;

public sealed record AgeGroup(string Label, double[] Eta);

public static class TransitionModel
{
    public static double[][] Probabilities(IReadOnlyList<AgeGroup> groups)
    {
        var result = new double[groups.Count][];
        for (int a = 0; a < groups.Count; a++)
        {
            double[] odds = groups[a].Eta.Select(h => Math.Exp(h)).ToArray(); //~ LG0003
            double total = odds.Sum();
            result[a] = odds.Select(o => o / total).ToArray();
        }

        return result;
    }
}
