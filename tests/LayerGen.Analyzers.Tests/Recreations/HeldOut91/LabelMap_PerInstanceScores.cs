// Idiom: a port of a Java multiclass perceptron whose `scores(instance)` returns a `Map<String, Double>` of label to
// score (here `Dictionary<string, double>`), normalised by `getDistribution(...)` per instance with `keySet()`-style loops.
// Use: per-instance label distribution. Layout: List<Dictionary<string, double>>, one softmax per dictionary; Math.Exp.
// Correct. Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.LabelMap_PerInstanceScores;

public sealed class MulticlassPerceptron
{
    public Dictionary<string, double> getDistribution(Dictionary<string, double> scores)
    {
        double maxScore = double.NegativeInfinity;
        foreach (string label in scores.Keys)
        {
            if (scores[label] > maxScore) maxScore = scores[label];
        }
        var dist = new Dictionary<string, double>();
        double partition = 0.0;
        foreach (KeyValuePair<string, double> entry in scores)
        {
            double e = Math.Exp(entry.Value - maxScore);
            dist[entry.Key] = e;
            partition += e;
        }
        foreach (string label in scores.Keys) dist[label] = dist[label] / partition;
        return dist;
    }

    public List<Dictionary<string, double>> getDistributions(List<Dictionary<string, double>> batch)
    {
        var result = new List<Dictionary<string, double>>();
        foreach (Dictionary<string, double> scores in batch) result.Add(getDistribution(scores));
        return result;
    }
}
