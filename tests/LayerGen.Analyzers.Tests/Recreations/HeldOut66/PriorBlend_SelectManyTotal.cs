// Idiom: relevance + position prior blended with `Zip` over float score rows, shifted per query in a `foreach`, then
// normalised in one LINQ pass.
// Layout: `List<float[]>` (one row per query), float in, float out, shifted exponentials kept as `List<double[]>`.
// Twin of PriorBlend_ZipPerQuery; own code.
// Bug LG0002: the normaliser is `SelectMany(e => e).Sum()` over ALL queries' exponentials, so each query's
// probabilities sum to its share of the batch instead of 1.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.PriorBlend_SelectManyTotal;

public static class ClickModel
{
    public static List<float[]> ClickProbabilities(List<float[]> relevance, float[] positionPrior)
    {
        var shifted = new List<double[]>(relevance.Count);
        foreach (float[] scores in relevance)
        {
            double[] logits = scores.Zip(positionPrior, (score, prior) => (double)(score + prior)).ToArray();
            double top = logits.Max();
            shifted.Add(logits.Select(z => Math.Exp(z - top)).ToArray());
        }

        double total = shifted.SelectMany(e => e).Sum(); //~ LG0002
        return shifted.Select(e => e.Select(v => (float)(v / total)).ToArray()).ToList();
    }
}
