// Correct twins of KeyedRecords_WholeCrowdFolds: each record holds a dictionary of labelled scores and its softmax
// takes the maximum and the normaliser over that record's labels only (a prior or bias dictionary read at the same
// key), also when the crowd's best score is computed as well but only returned as a statistic.
// Source: the shape of HeldOut13's InversePlanning_GoalPosterior (Baker, Saxe & Tenenbaum 2009 goal inference),
// written anew for other record and walk shapes: intent classifiers over utterances, per-document label scores.
// Layout: a sealed class with an IReadOnlyDictionary<string, float> property walked through KeyValuePair; a record
// with a Dictionary<string, double> walked through .Keys and a bias dictionary; a List<Dictionary<string, double>>
// with a log-prior dictionary; a record struct list with a per-observer total.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.KeyedRecordsPerRecordFolds;

public sealed class Utterance
{
    public Utterance(string text, IReadOnlyDictionary<string, float> intentLogits)
    {
        Text = text;
        IntentLogits = intentLogits;
    }

    public string Text { get; }

    public IReadOnlyDictionary<string, float> IntentLogits { get; }
}

public sealed record Document(int Id, Dictionary<string, double> LabelScores);

public readonly record struct Observer(string Name, Dictionary<string, double> GoalLogLikelihood);

public static class PerRecordFolds
{
    public static List<Dictionary<string, float>> IntentsOwnMax(IReadOnlyList<Utterance> utterances, out float crowdBest)
    {
        crowdBest = utterances.Max(u => u.IntentLogits.Values.Max());
        var result = new List<Dictionary<string, float>>();
        foreach (Utterance u in utterances)
        {
            float top = u.IntentLogits.Values.Max();
            var p = new Dictionary<string, float>();
            float z = 0f;
            foreach (KeyValuePair<string, float> kv in u.IntentLogits)
            {
                float e = MathF.Exp(kv.Value - top);
                p[kv.Key] = e;
                z += e;
            }

            foreach (string intent in p.Keys.ToList())
                p[intent] /= z;
            result.Add(p);
        }

        return result;
    }

    public static void DocumentsWithBiasThroughKeys(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, double> bias, List<Dictionary<string, double>> output)
    {
        foreach (Document d in documents)
        {
            double best = double.NegativeInfinity;
            foreach (KeyValuePair<string, double> kv in d.LabelScores)
                best = Math.Max(best, kv.Value + bias[kv.Key]);
            var p = new Dictionary<string, double>();
            double z = 0.0;
            foreach (string label in d.LabelScores.Keys)
            {
                double e = Math.Exp(d.LabelScores[label] + bias[label] - best);
                p[label] = e;
                z += e;
            }

            foreach (string label in d.LabelScores.Keys)
                p[label] /= z;
            output.Add(p);
        }
    }

    public static List<Dictionary<string, double>> ListOfDictionariesWithPrior(List<Dictionary<string, double>> scores, Dictionary<string, double> logPrior)
    {
        var result = new List<Dictionary<string, double>>(scores.Count);
        foreach (Dictionary<string, double> row in scores)
        {
            double peak = row.Max(kv => kv.Value + logPrior[kv.Key]);
            var posterior = new Dictionary<string, double>();
            double z = 0.0;
            foreach (var (label, s) in row)
            {
                posterior[label] = Math.Exp(s + logPrior[label] - peak);
                z += posterior[label];
            }

            foreach (string label in row.Keys)
                posterior[label] /= z;
            result.Add(posterior);
        }

        return result;
    }

    public static List<Dictionary<string, double>> TotalPerObserver(IReadOnlyList<Observer> observers, IReadOnlyDictionary<string, double> logPrior)
    {
        var result = new List<Dictionary<string, double>>(observers.Count);
        foreach (Observer o in observers)
        {
            double m = o.GoalLogLikelihood.Max(kv => kv.Value + logPrior[kv.Key]);
            var w = new Dictionary<string, double>();
            double z = 0.0;
            foreach (var (goal, ll) in o.GoalLogLikelihood)
            {
                w[goal] = Math.Exp(ll + logPrior[goal] - m);
                z += w[goal];
            }

            foreach (string goal in w.Keys.ToList())
                w[goal] /= z;
            result.Add(w);
        }

        return result;
    }
}
