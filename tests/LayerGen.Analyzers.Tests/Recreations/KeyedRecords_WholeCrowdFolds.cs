// Bug variants: each record holds a dictionary of labelled scores, the softmax runs over one record's labels, but the
// maximum (LG0001: a record far below the crowd's best underflows to 0 / 0) or the normaliser (LG0002: each record
// sums to its share of the crowd's total) is folded over every record's dictionary; a second dictionary (a prior, a
// bias) is read at the same key inside the fold and the exps.
// Source: the shape of HeldOut13's InversePlanning_MaxOverAllAgents (Baker, Saxe & Tenenbaum 2009 goal inference),
// written anew for other record and walk shapes: intent classifiers over utterances, per-document label scores.
// Layout: a sealed class with an IReadOnlyDictionary<string, float> property walked through KeyValuePair; a record
// with a Dictionary<string, double> walked through .Keys and a bias dictionary; a List<Dictionary<string, double>>
// with a log-prior dictionary and nested foreach maxima; a record struct list with a total above the record loop.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.KeyedRecordsWholeCrowdFolds;

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

public static class WholeCrowdFolds
{
    public static List<Dictionary<string, float>> IntentsValuesMax(IReadOnlyList<Utterance> utterances)
    {
        float top = utterances.Max(u => u.IntentLogits.Values.Max()); //~ LG0001
        var result = new List<Dictionary<string, float>>();
        foreach (Utterance u in utterances)
        {
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
        double best = double.NegativeInfinity;
        foreach (Document d in documents)
            foreach (KeyValuePair<string, double> kv in d.LabelScores)
                best = Math.Max(best, kv.Value + bias[kv.Key]); //~ LG0001
        foreach (Document d in documents)
        {
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
        double peak = scores.Max(row => row.Max(kv => kv.Value + logPrior[kv.Key])); //~ LG0001
        var result = new List<Dictionary<string, double>>(scores.Count);
        foreach (Dictionary<string, double> row in scores)
        {
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

    public static List<Dictionary<string, double>> TotalOverEveryObserver(IReadOnlyList<Observer> observers, IReadOnlyDictionary<string, double> logPrior)
    {
        var result = new List<Dictionary<string, double>>(observers.Count);
        double z = 0.0;
        foreach (Observer o in observers)
        {
            double m = o.GoalLogLikelihood.Max(kv => kv.Value + logPrior[kv.Key]);
            var w = new Dictionary<string, double>();
            foreach (var (goal, ll) in o.GoalLogLikelihood)
            {
                w[goal] = Math.Exp(ll + logPrior[goal] - m);
                z += w[goal]; //~ LG0002
            }

            result.Add(w);
        }

        foreach (Dictionary<string, double> w in result)
            foreach (string goal in w.Keys.ToList())
                w[goal] /= z;
        return result;
    }
}
