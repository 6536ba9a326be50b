// HeldOut28. Idiom: a distribution object whose shift and partition function are lazy properties (??= cache), with a
// Probability(k) member reading them; one object per row (Smile-style Categorical distribution).
// Use: per-sample class distribution of a naive classifier. Layout: one double[] of logits per object (1-D), a batch as
// an array of objects. Correct.
using System;

namespace LayerGen.HeldOut28.LazyPartition_CachedNormaliser;

/// <summary>A categorical distribution given by unnormalised log-weights.</summary>
public sealed class CategoricalDistribution
{
    private readonly double[] _logits;
    private double? _shift;
    private double? _partition;

    public CategoricalDistribution(double[] logits) => _logits = logits;

    public int Count => _logits.Length;

    /// <summary>The largest logit, computed once.</summary>
    public double Shift => _shift ??= LargestLogit();

    /// <summary>Σ exp(logit − Shift), computed once.</summary>
    public double Partition => _partition ??= ComputePartition();

    public double Probability(int k) => Math.Exp(_logits[k] - Shift) / Partition;

    public double[] ToArray()
    {
        var p = new double[Count];
        for (var k = 0; k < Count; k++)
        {
            p[k] = Probability(k);
        }

        return p;
    }

    private double LargestLogit()
    {
        var best = double.NegativeInfinity;
        foreach (var z in _logits)
        {
            if (z > best) best = z;
        }

        return best;
    }

    private double ComputePartition()
    {
        var z = 0.0;
        foreach (var logit in _logits)
        {
            z += Math.Exp(logit - Shift);
        }

        return z;
    }
}

/// <summary>Builds one distribution per sample.</summary>
public static class Posteriors
{
    public static double[][] Compute(double[][] logits)
    {
        var result = new double[logits.Length][];
        for (var i = 0; i < logits.Length; i++)
        {
            result[i] = new CategoricalDistribution(logits[i]).ToArray();
        }

        return result;
    }
}
