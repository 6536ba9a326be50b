// HeldOut60 — idiom: Parallel.ForEach over a dictionary of per-request scores into a ConcurrentDictionary
// (a batch endpoint that computes one shift "for numerical stability" over the whole batch with LINQ first).
// Layout: Dictionary<string, double[]> in, ConcurrentDictionary<string, double[]> out, foreach KeyValuePair.
// Bug (LG0001): the maximum is taken over every request's scores (SelectMany().Max()), the sums per request.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut60.ConcurrentScores_PeakOverAllRequests;

public static class BatchEndpoint
{
    public static ConcurrentDictionary<string, double[]> Score(Dictionary<string, double[]> scoresById)
    {
        double peak = scoresById.Values.SelectMany(v => v).Max(); //~ LG0001
        var answers = new ConcurrentDictionary<string, double[]>();
        Parallel.ForEach(scoresById, pair =>
        {
            double[] s = pair.Value;
            var p = new double[s.Length];
            double z = 0.0;
            for (int i = 0; i < s.Length; i++)
            {
                p[i] = Math.Exp(s[i] - peak);
                z += p[i];
            }

            for (int i = 0; i < s.Length; i++)
            {
                p[i] /= z;
            }

            answers.TryAdd(pair.Key, p);
        });
        return answers;
    }
}
