// HeldOut63 / RelevanceTargets_LocalFunctionPerQuery
// Idiom: the ListNet target distribution: each query's graded relevance gains are turned into a top-one target
// distribution softmax(gain / tau) (the `F.softmax(y_true)` side of ListNet losses in ranking libraries; own code, no
// loss computed).
// Layout: Dictionary<string, List<Judgement>> (record struct), foreach over KeyValuePair, a local function
// Softmax(list) with a foreach Math.Max fold; double.
// Label: Correct (the local function sees one query's list).
using System;
using System.Collections.Generic;

namespace HeldOut63.RelevanceTargets_LocalFunctionPerQuery;

public readonly record struct Judgement(string DocId, double Gain);

public static class ListNetTargets
{
    public static Dictionary<string, double[]> TargetDistributions(Dictionary<string, List<Judgement>> judged, double tau)
    {
        var targets = new Dictionary<string, double[]>(judged.Count);
        foreach (KeyValuePair<string, List<Judgement>> entry in judged)
        {
            targets[entry.Key] = Softmax(entry.Value);
        }

        return targets;

        double[] Softmax(List<Judgement> list)
        {
            double top = double.NegativeInfinity;
            foreach (Judgement j in list)
            {
                top = Math.Max(top, j.Gain);
            }

            var p = new double[list.Count];
            double z = 0.0;
            for (int i = 0; i < list.Count; i++)
            {
                p[i] = Math.Exp((list[i].Gain - top) / tau);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= z;
            }

            return p;
        }
    }
}
