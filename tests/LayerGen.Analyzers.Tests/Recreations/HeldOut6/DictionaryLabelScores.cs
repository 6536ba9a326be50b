// Source: text-classifier wrappers in C# returning Dictionary<string, double> label scores (ML.NET / ONNX
// "GetPredictedLabels" helpers that map the score vector to label names, then softmax), re-created with LINQ over the
// dictionary and a deconstructed foreach.
// Layout: one Dictionary<string, double> of logits (1-D softmax over labels), called per document.
// Correct: the dictionary's max value is subtracted before Math.Exp.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut6.DictionaryLabelScores;

public static class LabelSoftmax
{
    public static Dictionary<string, double> Normalize(Dictionary<string, double> logits)
    {
        double top = logits.Values.Max();
        var exps = new Dictionary<string, double>(logits.Count);
        double z = 0;
        foreach (var (label, logit) in logits)
        {
            double e = Math.Exp(logit - top);
            exps[label] = e;
            z += e;
        }

        return exps.ToDictionary(kv => kv.Key, kv => kv.Value / z);
    }
}
