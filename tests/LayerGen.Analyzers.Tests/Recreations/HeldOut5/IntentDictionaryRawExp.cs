// Source: chatbot NLU intent classifiers in C# (intent → score dictionary normalised to confidences).
// Layout: Dictionary<string, double> for one utterance (1-D, called per row).
// Bug (LG0003): exp of the raw intent scores, no max subtracted.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut5.IntentDictionaryRawExpNs;

public static class IntentDictionaryRawExp
{
    public static Dictionary<string, double> Confidences(Dictionary<string, double> scores)
    {
        var result = new Dictionary<string, double>(scores.Count);
        double z = 0.0;
        foreach (var (intent, score) in scores)
        {
            double e = Math.Exp(score); //~ LG0003
            result[intent] = e;
            z += e;
        }
        foreach (var intent in scores.Keys)
        {
            result[intent] /= z;
        }
        return result;
    }
}
