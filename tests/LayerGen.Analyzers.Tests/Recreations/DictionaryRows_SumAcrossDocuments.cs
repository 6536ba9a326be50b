// Bug variants (LG0002): one softmax over labels per document, documents held as a list or array of dictionaries; the
// normaliser is declared before the document loop and keeps adding every document's exps. The exps are read back at
// the keys of the walk (`exps[kv.Key]`, `exps[label]` over `doc.Keys`).
// Source: batch text classification in C# (NLU intent rankers, sentiment wrappers that score a List of documents
// into Dictionary<string, double> label scores) — the shape of HeldOut6's DictionaryDocsSumAcrossDocs, written anew.
// Layout: List<Dictionary<string, double>> / Dictionary<string, float>[]; softmax axis = the labels of one document.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DictionaryRowsAcross;

public static class DocumentSoftmax
{
    // Keys walked through doc.Keys; the exps kept in a per-document dictionary; z never reset.
    public static List<Dictionary<string, double>> KeysWalk(List<Dictionary<string, double>> documents)
    {
        var result = new List<Dictionary<string, double>>();
        double z = 0.0;
        foreach (var doc in documents)
        {
            double m = double.NegativeInfinity;
            foreach (string label in doc.Keys) m = Math.Max(m, doc[label]);
            var exps = new Dictionary<string, double>();
            foreach (string label in doc.Keys)
            {
                exps[label] = Math.Exp(doc[label] - m);
                z += exps[label]; //~ LG0002
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
        float total = 0f;
        for (int d = 0; d < documents.Length; d++)
        {
            var doc = documents[d];
            float top = doc.Values.Max();
            var exps = new Dictionary<string, float>();
            foreach (KeyValuePair<string, float> entry in doc)
            {
                exps[entry.Key] = MathF.Exp(entry.Value - top);
                total += exps[entry.Key]; //~ LG0002
            }

            foreach (KeyValuePair<string, float> entry in exps) doc[entry.Key] = entry.Value / total;
        }
    }

    // The total is summed from LINQ over each document's exps, added onto a batch-wide running sum.
    public static List<Dictionary<string, double>> LinqRunningTotal(List<Dictionary<string, double>> documents)
    {
        var result = new List<Dictionary<string, double>>();
        double running = 0.0;
        foreach (var doc in documents)
        {
            double top = doc.Values.Max();
            var exps = doc.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - top));
            foreach (var kv in exps)
            {
                running += kv.Value; //~ LG0002
            }

            result.Add(exps.ToDictionary(kv => kv.Key, kv => kv.Value / running));
        }

        return result;
    }
}
