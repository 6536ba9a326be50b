// Idiom: LINQ query syntax (`from v in row select Math.Exp(v - max)`) with method-syntax Max/Sum, jagged double[][].
// Use: intent classification of chat utterances, one distribution per utterance.
// Layout: jagged double[utterances][intents].
// Label: Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut27;

public static class LinqQueryIntents
{
    /// <summary>Softmax of every utterance's intent scores, written as LINQ queries.</summary>
    public static double[][] IntentProbabilities(double[][] scores)
    {
        var result = new double[scores.Length][];
        for (int u = 0; u < scores.Length; u++)
        {
            double[] row = scores[u];
            double max = row.Max();
            double[] exps = (from v in row select Math.Exp(v - max)).ToArray();
            double sum = exps.Sum();
            result[u] = (from e in exps select e / sum).ToArray();
        }

        return result;
    }
}
