// Idiom: sentiment / intent classification API: logits already keyed by label name, confidences computed with LINQ
// Layout: Dictionary<string, float> label -> logit per input, ToDictionary / Values.Sum()
// Bug (LG0003): MathF.Exp of the raw logit inside ToDictionary (no max subtracted)
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut34.SentimentApi_RawLabelExp
{
    public sealed record LabelConfidence(string Label, float Confidence);

    public static class IntentScorer
    {
        public static Dictionary<string, float> Confidences(IReadOnlyDictionary<string, float> logitsByLabel)
        {
            var exp = logitsByLabel.ToDictionary(kv => kv.Key, kv => MathF.Exp(kv.Value)); //~ LG0003
            float total = exp.Values.Sum();
            return exp.ToDictionary(kv => kv.Key, kv => kv.Value / total);
        }

        public static LabelConfidence Top(IReadOnlyDictionary<string, float> logitsByLabel)
        {
            var best = Confidences(logitsByLabel).OrderByDescending(kv => kv.Value).First();
            return new LabelConfidence(best.Key, best.Value);
        }
    }
}
