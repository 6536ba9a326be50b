// Re-creation (our own code) of the regularised refit of a discrete distribution kept optionally in log space
// (accord-net/framework, Sources/Accord.Statistics/Distributions/Univariate/Discrete/GeneralDiscreteDistribution.cs,
// Fit): the previous probabilities are read back with `log ? Math.Exp(stored[i]) : stored[i]`, mixed with new counts
// and renormalised by their sum. The exp converts a log-probability (<= 0) back, it exponentiates no logit: exp(v) for
// v <= 0 cannot overflow. Also written with a float ternary into a local. Correct.
using System;

namespace Recreations.LogSpaceStore_ExpBack;

public sealed class DiscreteDistribution
{
    private readonly double[] _probabilities;
    private readonly bool _log;

    public DiscreteDistribution(double[] probabilities, bool log)
    {
        _probabilities = probabilities;
        _log = log;
    }

    public double[] Refit(int[] observations, double regularization)
    {
        var p = new double[_probabilities.Length];
        foreach (int o in observations)
            p[o] += 1.0;
        double total = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            double previous = _log ? Math.Exp(this._probabilities[i]) : _probabilities[i];
            p[i] = (p[i] + previous * regularization) / (observations.Length + regularization);
            total += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= total;
        return p;
    }

    public static void Blend(float[] stored, bool storedAsLog, float[] counts, float[] result)
    {
        float sum = 0f;
        for (int i = 0; i < stored.Length; i++)
        {
            float prior = storedAsLog ? MathF.Exp(stored[i]) : stored[i];
            result[i] = prior + counts[i];
            sum += result[i];
        }

        for (int i = 0; i < result.Length; i++)
            result[i] /= sum;
    }
}
