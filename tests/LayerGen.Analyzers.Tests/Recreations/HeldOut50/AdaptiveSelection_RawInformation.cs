// Idiom: adaptive-testing selection weights per examinee from item information divided by a temperature, pools kept in
// a dictionary keyed by examinee id; the information is exponentiated as is.
// Layout: Dictionary<int, Candidate[]>, foreach deconstruction, LINQ Select + Array.ConvertAll.
// Bug: LG0003 (information / temperature of a few hundred overflows exp).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.AdaptiveSelection_RawInformation;

public sealed record Candidate(int ItemId, double Information);

public static class ExposureWeights
{
    public static Dictionary<int, double[]> Weights(Dictionary<int, Candidate[]> poolsByExaminee, double temperature)
    {
        var weights = new Dictionary<int, double[]>();
        foreach (var (examinee, pool) in poolsByExaminee)
        {
            double[] raw = pool.Select(c => Math.Exp(c.Information / temperature)).ToArray(); //~ LG0003
            double total = 0.0;
            foreach (double r in raw)
            {
                total += r;
            }

            weights[examinee] = Array.ConvertAll(raw, r => r / total);
        }

        return weights;
    }
}
