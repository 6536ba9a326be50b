// Conditional logit choice probabilities over alternatives grouped by situation with LINQ GroupBy.
// Layout: records of options (situation id, output index, attributes), one GroupBy group per choice situation.
// Bug (LG0001): the maximum utility is taken once over every alternative of every situation (alternatives.Max(...)), then
// each situation is summed on its own: a situation whose utilities lie ~800 below the best one elsewhere gives 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut32;

/// <summary>One alternative with the slot its probability is written to.</summary>
public sealed record ChoiceOption(int Situation, int Index, double[] Attributes)
{
    /// <summary>Linear utility beta·x.</summary>
    public double Utility(double[] beta)
    {
        double u = 0;
        for (int j = 0; j < beta.Length; j++)
        {
            u += beta[j] * Attributes[j];
        }

        return u;
    }
}

/// <summary>Conditional logit probabilities with one global peak.</summary>
public static class ConditionalLogitGroups
{
    /// <summary>p[option.Index] = probability of the option within its situation (meant to be).</summary>
    public static double[] ChoiceProbabilities(IReadOnlyList<ChoiceOption> alternatives, double[] beta)
    {
        var p = new double[alternatives.Count];
        double vmax = alternatives.Max(a => a.Utility(beta)); //~ LG0001
        foreach (var situation in alternatives.GroupBy(a => a.Situation))
        {
            double denom = 0;
            foreach (ChoiceOption option in situation)
            {
                p[option.Index] = Math.Exp(option.Utility(beta) - vmax);
                denom += p[option.Index];
            }

            foreach (ChoiceOption option in situation)
            {
                p[option.Index] /= denom;
            }
        }

        return p;
    }
}
