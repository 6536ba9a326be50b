// hlogits: the correct twins of HelperLogits_PeakOverEveryGroup.cs. The same helpers (a private static method, an
// instance method over readonly fields, a local function capturing a temperature, a Func<,> local), with the peak
// taken through the helper per group (per origin, per row, per user, over the candidate list) and subtracted before
// every exp, by method group, in a lambda or in a fold.
// Layouts: as in the buggy file. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.HelperLogits_PeakPerGroup;

/// <summary>A destination zone seen from one origin.</summary>
public sealed class Zone
{
    public double LogJobs { get; init; }
    public double TravelMinutes { get; init; }
    public double Probability { get; set; }
}

/// <summary>A candidate with a prior and the evidence for it.</summary>
public sealed record Candidate(double Prior, double Evidence);

public sealed class HelperLogits
{
    private readonly double _gain;
    private readonly double _bias;

    public HelperLogits(double gain, double bias)
    {
        _gain = gain;
        _bias = bias;
    }

    private static double Attraction(Zone z) => z.LogJobs - 0.08 * z.TravelMinutes;

    private double Scaled(double score) => _gain * score + _bias;

    /// <summary>Destination shares per origin, each origin shifted by its own best attraction.</summary>
    public static void DestinationShares(IReadOnlyList<List<Zone>> origins)
    {
        foreach (var zones in origins)
        {
            double best = zones.Max(Attraction);
            double[] w = zones.Select(z => Math.Exp(Attraction(z) - best)).ToArray();
            double total = w.Sum();
            for (int k = 0; k < zones.Count; k++)
            {
                zones[k].Probability = w[k] / total;
            }
        }
    }

    /// <summary>Temperature-scaled rows, each shifted by its own peak.</summary>
    public static double[][] TemperedRows(double[][] logits, double temperature)
    {
        Func<double, double> tempered = v => v / temperature;
        var probs = new double[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            double peak = double.NegativeInfinity;
            foreach (double v in logits[i])
            {
                peak = Math.Max(peak, tempered(v));
            }

            probs[i] = new double[logits[i].Length];
            double z = 0;
            for (int j = 0; j < logits[i].Length; j++)
            {
                probs[i][j] = Math.Exp(tempered(logits[i][j]) - peak);
                z += probs[i][j];
            }

            for (int j = 0; j < logits[i].Length; j++)
            {
                probs[i][j] /= z;
            }
        }

        return probs;
    }

    /// <summary>Per-user item probabilities from gained, biased scores, shifted by the user's best score.</summary>
    public double[][] UserItemProbabilities(List<List<double>> scores)
    {
        var result = new double[scores.Count][];
        for (int u = 0; u < scores.Count; u++)
        {
            double best = scores[u].Max(Scaled);
            result[u] = new double[scores[u].Count];
            double z = 0;
            for (int k = 0; k < scores[u].Count; k++)
            {
                result[u][k] = Math.Exp(Scaled(scores[u][k]) - best);
                z += result[u][k];
            }

            for (int k = 0; k < scores[u].Count; k++)
            {
                result[u][k] /= z;
            }
        }

        return result;
    }

    /// <summary>Candidate posteriors: the combined scores, shifted by their maximum before the exp.</summary>
    public static double[] Rerank(IReadOnlyList<Candidate> candidates, double weight)
    {
        double Combined(Candidate c) => c.Prior + weight * c.Evidence;

        double[] s = candidates.Select(Combined).ToArray();
        double m = s.Max();
        double[] e = s.Select(v => Math.Exp(v - m)).ToArray();
        double z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }
}
