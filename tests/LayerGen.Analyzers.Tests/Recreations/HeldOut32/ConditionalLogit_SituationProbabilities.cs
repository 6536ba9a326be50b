// Conditional logit (McFadden) choice probabilities, as in mlogit/clogit ports: P(a | s) = exp(beta·x_a) / Σ_{a' in s} exp(beta·x_a').
// Layout: records of alternatives sorted by choice situation, CSR offsets start[s]..start[s + 1], probabilities flat per alternative.
// Correct: each situation's own maximum utility over its range of alternatives and its own sum.
using System;
using System.Collections.Generic;

namespace HeldOut32;

/// <summary>One alternative of a choice situation with its attributes.</summary>
public sealed record ChoiceAlternative(int Situation, double[] Attributes);

/// <summary>Conditional logit probabilities over ragged choice sets.</summary>
public static class ConditionalLogitRanges
{
    /// <summary>p[a] = probability that alternative a is chosen in its situation.</summary>
    public static double[] ChoiceProbabilities(IReadOnlyList<ChoiceAlternative> alternatives, int[] start, double[] beta)
    {
        var p = new double[alternatives.Count];
        for (int s = 0; s + 1 < start.Length; s++)
        {
            int lo = start[s], hi = start[s + 1];
            double vmax = double.NegativeInfinity;
            for (int a = lo; a < hi; a++)
            {
                p[a] = Utility(alternatives[a], beta);
                vmax = Math.Max(vmax, p[a]);
            }

            double denom = 0;
            for (int a = lo; a < hi; a++)
            {
                p[a] = Math.Exp(p[a] - vmax);
                denom += p[a];
            }

            for (int a = lo; a < hi; a++)
            {
                p[a] /= denom;
            }
        }

        return p;
    }

    private static double Utility(ChoiceAlternative alternative, double[] beta)
    {
        double u = 0;
        for (int j = 0; j < beta.Length; j++)
        {
            u += beta[j] * alternative.Attributes[j];
        }

        return u;
    }
}
