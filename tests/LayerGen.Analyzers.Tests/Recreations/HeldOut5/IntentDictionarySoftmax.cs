// Source: chatbot NLU intent classifiers in C# (intent name → score dictionaries, confidence via softmax).
// Layout: Dictionary<string, double> for one utterance (1-D, called per row).
// Correct: max over Values, deconstructed foreach writes shifted exps, ToDictionary divides by their sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut5.IntentDictionarySoftmaxNs;

public static class IntentDictionarySoftmax
{
    public static Dictionary<string, double> Confidences(Dictionary<string, double> scores)
    {
        double max = scores.Values.Max();
        var exps = new Dictionary<string, double>(scores.Count);
        foreach (var (intent, score) in scores)
        {
            exps[intent] = Math.Exp(score - max);
        }
        double z = exps.Values.Sum();
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value / z);
    }
}
