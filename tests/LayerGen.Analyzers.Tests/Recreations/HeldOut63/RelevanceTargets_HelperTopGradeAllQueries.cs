// HeldOut63 / RelevanceTargets_HelperTopGradeAllQueries
// Idiom: ListNet target distributions for a list of queries, with the shift taken from a private helper that returns
// the highest gain of the whole judged set ("the best label in the data") instead of each query's own (own code).
// Layout: List<Judgement[]> (record struct), nested foreach fold in a same-type helper HighestGain(queries); double.
// Label: LG0001 (the maximum spans every query; a query whose gains sit far below the best query's gives 0/0 = NaN).
// Marker at the helper's call: the helper is right for what it is given, the call hands it every query.
using System;
using System.Collections.Generic;

namespace HeldOut63.RelevanceTargets_HelperTopGradeAllQueries;

public readonly record struct Judgement(string DocId, double Gain);

public static class ListNetTargetsBatch
{
    public static List<double[]> TargetDistributions(List<Judgement[]> queries, double tau)
    {
        double top = HighestGain(queries); //~ LG0001
        var targets = new List<double[]>(queries.Count);
        foreach (Judgement[] query in queries)
        {
            var w = new double[query.Length];
            double z = 0.0;
            for (int i = 0; i < query.Length; i++)
            {
                w[i] = Math.Exp((query[i].Gain - top) / tau);
                z += w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= z;
            }

            targets.Add(w);
        }

        return targets;
    }

    private static double HighestGain(IEnumerable<Judgement[]> queries)
    {
        double best = double.NegativeInfinity;
        foreach (Judgement[] query in queries)
        {
            foreach (Judgement j in query)
            {
                if (j.Gain > best) best = j.Gain;
            }
        }

        return best;
    }
}
