// Idiom: bag-of-words logistic regression with sparse per-label feature weights (word -> weight), class probabilities per label name
// Layout: Dictionary<string, Dictionary<string, double>> weights by label, Dictionary<string, double> scores, LINQ ToDictionary
// Bug (LG0003): exp of the raw label scores, no max subtracted
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut44.BagOfWords_RawLabelDictionary;

public sealed class SparseBowClassifier
{
    private readonly Dictionary<string, Dictionary<string, double>> _weightsByLabel;

    public SparseBowClassifier(Dictionary<string, Dictionary<string, double>> weightsByLabel) => _weightsByLabel = weightsByLabel;

    public Dictionary<string, double> Classify(string[] tokens)
    {
        var scores = _weightsByLabel.ToDictionary(
            kv => kv.Key,
            kv => tokens.Sum(t => kv.Value.TryGetValue(t, out var w) ? w : 0.0));

        var exps = scores.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value)); //~ LG0003
        double total = exps.Values.Sum();
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
    }
}
