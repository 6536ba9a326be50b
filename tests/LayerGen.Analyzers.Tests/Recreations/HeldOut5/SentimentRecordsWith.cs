// Source: BERT/DistilBERT sentiment (SST-2) ONNX samples in C#: per-label records (label, logit) turned into
// probabilities with a `with` expression. Layout: IReadOnlyList<LabelScore> for one sentence (1-D, called per row).
// Correct: LINQ Max over the logits, shifted exp array, division by its sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut5.SentimentRecordsWithNs;

public sealed record LabelScore(string Label, double Logit, double Probability = 0);

public static class SentimentRecordsWith
{
    public static List<LabelScore> Classify(IReadOnlyList<LabelScore> raw)
    {
        double max = raw.Max(s => s.Logit);
        double[] e = raw.Select(s => Math.Exp(s.Logit - max)).ToArray();
        double z = e.Sum();
        return raw.Select((s, i) => s with { Probability = e[i] / z }).ToList();
    }
}
