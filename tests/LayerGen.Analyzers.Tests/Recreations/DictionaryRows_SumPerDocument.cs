// Correct twins of DictionaryRows_SumAcrossDocuments: the same documents and key walks, with the normaliser reset for
// every document. Correct.
// Source: batch text classification in C# (NLU intent rankers, sentiment wrappers that score a List of documents
// into Dictionary<string, double> label scores) — the shape of HeldOut6's DictionaryDocsSumAcrossDocs, written anew.
// Layout: List<Dictionary<string, double>> / Dictionary<string, float>[]; softmax axis = the labels of one document.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DictionaryRowsPerDocument;

public static class DocumentSoftmax
{
    // Keys walked through doc.Keys; the exps kept in a per-document dictionary; z never reset.
    public static List<Dictionary<string, double>> KeysWalk(List<Dictionary<string, double>> documents)
    {
        var result = new List<Dictionary<string, double>>();
        foreach (var doc in documents)
        {
            double z = 0.0;
            double m = double.NegativeInfinity;
            foreach (string label in doc.Keys) m = Math.Max(m, doc[label]);
            var exps = new Dictionary<string, double>();
            foreach (string label in doc.Keys)
            {
                exps[label] = Math.Exp(doc[label] - m);
                z += exps[label];
            }

            var probabilities = new Dictionary<string, double>();
            foreach (string label in doc.Keys) probabilities[label] = exps[label] / z;
            result.Add(probabilities);
        }

        return result;
    }

    // An array of float dictionaries normalised in place, the running total outside the document loop.
    public static void InPlaceArray(Dictionary<string, float>[] documents)
    {
        for (int d = 0; d < documents.Length; d++)
        {
            float total = 0f;
            var doc = documents[d];
            float top = doc.Values.Max();
            var exps = new Dictionary<string, float>();
            foreach (KeyValuePair<string, float> entry in doc)
            {
                exps[entry.Key] = MathF.Exp(entry.Value - top);
                total += exps[entry.Key];
            }

            foreach (KeyValuePair<string, float> entry in exps) doc[entry.Key] = entry.Value / total;
        }
    }

    // The total is summed from LINQ over each document's exps, added onto a batch-wide running sum.
    public static List<Dictionary<string, double>> LinqRunningTotal(List<Dictionary<string, double>> documents)
    {
        var result = new List<Dictionary<string, double>>();
        double running;
        foreach (var doc in documents)
        {
            running = 0.0;
            double top = doc.Values.Max();
            var exps = doc.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - top));
            foreach (var kv in exps)
            {
                running += kv.Value;
            }

            result.Add(exps.ToDictionary(kv => kv.Key, kv => kv.Value / running));
        }

        return result;
    }
}
