// Idiom: softmax over the last axis of a jagged rank-3 batch [batch][seq][vocab] written as nested LINQ, max via
// Aggregate, as in C# ports of "probs = softmax(logits, axis=-1)".
// Layout: double[][][], softmax over the innermost arrays.
// Correct: Aggregate(Math.Max) and Sum per innermost row.
using System;
using System.Linq;

namespace HeldOut67.NestedLinq_BatchSeqRows;

public static class VocabSoftmax
{
    public static double[][][] Probabilities(double[][][] logits) =>
        logits.Select(sequence => sequence.Select(Row).ToArray()).ToArray();

    private static double[] Row(double[] row)
    {
        double peak = row.Aggregate(double.NegativeInfinity, Math.Max);
        double[] exps = row.Select(v => Math.Exp(v - peak)).ToArray();
        double total = exps.Sum();
        return exps.Select(e => e / total).ToArray();
    }
}
