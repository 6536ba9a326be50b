// Source: ONNX text-classification samples in C# (label records with logits; probabilities via LINQ).
// Layout: IReadOnlyList<SentimentLabel> for one input (1-D, called per row).
// Bug (LG0003): exp of the raw record logits, no max subtracted.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut5.SentimentRecordsRawExpNs;

public sealed record SentimentLabel(string Label, double Logit, double Probability = 0);

public static class SentimentRecordsRawExp
{
    public static List<SentimentLabel> Classify(IReadOnlyList<SentimentLabel> raw)
    {
        double[] e = raw.Select(s => Math.Exp(s.Logit)).ToArray(); //~ LG0003
        double z = e.Sum();
        return raw.Select((s, i) => s with { Probability = e[i] / z }).ToList();
    }
}
