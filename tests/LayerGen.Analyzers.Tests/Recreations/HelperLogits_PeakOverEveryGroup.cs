// hlogits (after HeldOut22's TrafficRoute_PeakOverNetwork): logits produced by a helper — a private static method, an
// instance method over readonly fields, a local function capturing a temperature, a Func<,> local — and used inside a
// fold, a lambda or the exp, or passed as a method group to a LINQ selector. The peak is taken through the helper over
// every group of the batch (one far group underflows to 0 / 0), or the helper's result is exponentiated with no shift
// at all (a logit above ~709 overflows to ∞).
// Sources: destination choice in gravity / logit trip distribution (multinomial logit over zones per origin),
// temperature-scaled candidate reranking, per-user item scoring with a learned gain and bias (our own code re-creating
// the shapes, not the held-out file).
// Layouts: classes with properties, List<Zone> per origin, LINQ SelectMany/Max/Select; jagged double[][] with nested
// foreach folds; List<List<double>> with indexed loops; a 1-D candidate list with Select(method group).Select(Math.Exp).
// Bugs: LG0001 ×2, LG0003 ×2.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.HelperLogits_PeakOverEveryGroup;

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

    /// <summary>Destination shares per origin; the best attraction is taken over every origin's zones.</summary>
    public static void DestinationShares(IReadOnlyList<List<Zone>> origins)
    {
        double best = origins.SelectMany(zones => zones).Max(Attraction); //~ LG0001
        foreach (var zones in origins)
        {
            double[] w = zones.Select(z => Math.Exp(Attraction(z) - best)).ToArray();
            double total = w.Sum();
            for (int k = 0; k < zones.Count; k++)
            {
                zones[k].Probability = w[k] / total;
            }
        }
    }

    /// <summary>Temperature-scaled rows; the peak is folded over every row of the batch.</summary>
    public static double[][] TemperedRows(double[][] logits, double temperature)
    {
        Func<double, double> tempered = v => v / temperature;
        double peak = double.NegativeInfinity;
        foreach (double[] row in logits)
        {
            foreach (double v in row)
            {
                peak = Math.Max(peak, tempered(v)); //~ LG0001
            }
        }

        var probs = new double[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
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

    /// <summary>Per-user item probabilities from gained, biased scores, exponentiated as they are.</summary>
    public double[][] UserItemProbabilities(List<List<double>> scores)
    {
        var result = new double[scores.Count][];
        for (int u = 0; u < scores.Count; u++)
        {
            result[u] = new double[scores[u].Count];
            double z = 0;
            for (int k = 0; k < scores[u].Count; k++)
            {
                result[u][k] = Math.Exp(Scaled(scores[u][k])); //~ LG0003
                z += result[u][k];
            }

            for (int k = 0; k < scores[u].Count; k++)
            {
                result[u][k] /= z;
            }
        }

        return result;
    }

    /// <summary>Candidate posteriors: the combined score of each candidate, exponentiated by method group.</summary>
    public static double[] Rerank(IReadOnlyList<Candidate> candidates, double weight)
    {
        double Combined(Candidate c) => c.Prior + weight * c.Evidence;

        double[] e = candidates.Select(Combined).Select(Math.Exp).ToArray(); //~ LG0003
        double z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }
}
