// Source: batch text classification in C# with one Dictionary<string, double> of label logits per document
// (chatbot/NLU and sentiment wrappers scoring a List of documents), re-created with the normaliser outside the
// document loop.
// Layout: List<Dictionary<string, double>>; one softmax over labels per document.
// Bug LG0002: `z` is declared before the document loop and keeps adding every document's exps.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut6.DictionaryDocsSumAcrossDocs;

public static class BatchLabelSoftmax
{
    public static List<Dictionary<string, double>> Normalize(List<Dictionary<string, double>> documents)
    {
        var result = new List<Dictionary<string, double>>(documents.Count);
        double z = 0;
        foreach (Dictionary<string, double> doc in documents)
        {
            double top = doc.Values.Max();
            var exps = new Dictionary<string, double>(doc.Count);
            foreach (KeyValuePair<string, double> kv in doc)
            {
                exps[kv.Key] = Math.Exp(kv.Value - top);
                z += exps[kv.Key]; //~ LG0002
            }

            result.Add(exps.ToDictionary(kv => kv.Key, kv => kv.Value / z));
        }

        return result;
    }
}
