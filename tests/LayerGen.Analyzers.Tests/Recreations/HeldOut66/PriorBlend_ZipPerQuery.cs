// Idiom: a search back-end blends relevance scores with a position prior (`Zip`) and turns each query's candidates
// into click probabilities, all in a `ToDictionary` statement lambda.
// Layout: `IEnumerable<QueryCandidates>` records with a `double[]` member, output `Dictionary<string, double[]>`; one
// softmax per query; `logits.Max()`, `Select`, `Sum`.
// Style after FotNET's `List<double>` LINQ softmax (j1sk1ss/FotNET.PETPRJ); own code.
// Correct: max and sum over one query's candidates.
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.PriorBlend_ZipPerQuery;

public sealed record QueryCandidates(string QueryId, double[] RelevanceScores);

public static class ClickModel
{
    public static Dictionary<string, double[]> ClickProbabilities(IEnumerable<QueryCandidates> queries, double[] positionPrior) =>
        queries.ToDictionary(query => query.QueryId, query =>
        {
            double[] logits = query.RelevanceScores.Zip(positionPrior, (score, prior) => score + prior).ToArray();
            double max = logits.Max();
            double[] exps = logits.Select(z => System.Math.Exp(z - max)).ToArray();
            double sum = exps.Sum();
            return exps.Select(e => e / sum).ToArray();
        });
}
