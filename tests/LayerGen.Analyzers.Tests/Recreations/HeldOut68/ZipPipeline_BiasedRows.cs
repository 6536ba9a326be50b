// Idiom: an `IEnumerable` pipeline with `Zip`: logits are `row.Zip(bias, (x, b) => x + b)`, then `Max`, `Select`, `Sum`
// and `yield return` per row (in the style of the ML.NET BERT sample's LINQ softmax; our own code).
// Use: a linear layer's bias added before the per-sample softmax. Layout: IEnumerable<double[]> rows, double[] bias.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.ZipPipeline_BiasedRows;

public static class ZipSoftmax
{
    public static IEnumerable<double[]> Softmax(IEnumerable<double[]> rows, double[] bias)
    {
        foreach (double[] row in rows)
        {
            double[] z = row.Zip(bias, (x, b) => x + b).ToArray();
            double max = z.Max();
            double[] e = z.Select(v => Math.Exp(v - max)).ToArray();
            double sum = e.Sum();
            yield return e.Select(v => v / sum).ToArray();
        }
    }
}
