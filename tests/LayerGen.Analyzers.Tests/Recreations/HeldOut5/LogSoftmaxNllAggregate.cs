// Source: F#-style functional C# classifiers (log-softmax + negative log-likelihood with LINQ Aggregate).
// Layout: double[][] rows (one per sample), log-softmax per row, NLL against integer targets.
// Correct: log-sum-exp with the row max factored out; the log-probabilities are returned.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut5.LogSoftmaxNllAggregateNs;

public static class LogSoftmaxNllAggregate
{
    public static double[][] LogProbabilities(double[][] logits, int[] targets, out double meanNll)
    {
        var logProbs = new double[logits.Length][];
        double nll = 0.0;
        for (int r = 0; r < logits.Length; r++)
        {
            double[] row = logits[r];
            double max = row.Aggregate(double.NegativeInfinity, Math.Max);
            double lse = max + Math.Log(row.Aggregate(0.0, (acc, v) => acc + Math.Exp(v - max)));
            logProbs[r] = row.Select(v => v - lse).ToArray();
            nll -= logProbs[r][targets[r]];
        }
        meanNll = nll / logits.Length;
        return logProbs;
    }
}
