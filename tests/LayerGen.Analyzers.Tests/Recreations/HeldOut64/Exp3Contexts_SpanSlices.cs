// Idiom: Exp3 (exponential weights for exploration and exploitation) with one bandit per context: the weights are
// exp(eta * G_i) of the cumulative importance-weighted rewards G, mixed with uniform exploration gamma / K
// (after the Exp3 write-ups of Auer et al. and Jeremy Kun; the weights are recomputed from G, never stored raw).
// Use: arm-selection probabilities for every context of a contextual A/B test.
// Layout: flat double[contexts * arms] of cumulative rewards, Span<double>.Slice per context, a helper method
// Largest(ReadOnlySpan<double>) written with a while loop.
// Correct: each context's slice is shifted by its own largest G, summed and normalised on its own.
using System;

namespace HeldOut64.Exp3Contexts_SpanSlices;

public sealed class ContextualExp3
{
    private readonly double _eta;
    private readonly double _gamma;

    public ContextualExp3(double eta, double gamma)
    {
        _eta = eta;
        _gamma = gamma;
    }

    public double[] Probabilities(double[] cumulativeRewards, int contexts, int arms)
    {
        var result = new double[contexts * arms];
        for (int c = 0; c < contexts; c++)
        {
            ReadOnlySpan<double> g = cumulativeRewards.AsSpan().Slice(c * arms, arms);
            Span<double> p = result.AsSpan().Slice(c * arms, arms);
            double best = Largest(g);
            double total = 0.0;
            for (int i = 0; i < arms; i++)
            {
                p[i] = Math.Exp(_eta * (g[i] - best));
                total += p[i];
            }

            for (int i = 0; i < arms; i++)
            {
                p[i] = (1.0 - _gamma) * p[i] / total + _gamma / arms;
            }
        }

        return result;
    }

    private static double Largest(ReadOnlySpan<double> values)
    {
        double largest = values[0];
        int i = 1;
        while (i < values.Length)
        {
            if (values[i] > largest)
            {
                largest = values[i];
            }

            i++;
        }

        return largest;
    }
}
