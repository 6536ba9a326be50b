// Idiom: method-syntax inner `Join` of sample ids with score rows, per-sample peaks by `GroupBy(...).ToDictionary(...)`.
// Use: scoring candidate classes for a list of sample ids from a score table.
// Layout: int[] sample ids + IReadOnlyList<(int SampleId, int Class, float Score)>; result float[sample][class].
// Bug (LG0002): the normaliser `norm` is one sum over every joined row (all samples), not per sample.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.JoinLogits_CorpusTotal;

public static class JoinTotal
{
    public static float[][] Softmax(int[] sampleIds, IReadOnlyList<(int SampleId, int Class, float Score)> scores, int classes)
    {
        var joined = sampleIds
            .Join(scores, id => id, s => s.SampleId, (id, s) => (Id: id, s.Class, s.Score))
            .ToList();
        Dictionary<int, float> peakOf = joined.GroupBy(j => j.Id).ToDictionary(g => g.Key, g => g.Max(j => j.Score));
        float norm = joined.Sum(j => MathF.Exp(j.Score - peakOf[j.Id])); //~ LG0002
        float[][] y = sampleIds.Select(_ => new float[classes]).ToArray();
        foreach (var (id, cls, score) in joined)
            y[Array.IndexOf(sampleIds, id)][cls] = MathF.Exp(score - peakOf[id]) / norm;
        return y;
    }
}
