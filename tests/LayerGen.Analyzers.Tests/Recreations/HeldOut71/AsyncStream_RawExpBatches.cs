// Idiom: `await foreach (var (id, logits) in stream)` over IAsyncEnumerable of named tuples, collected into a dictionary.
// Use: an async consumer that stores each request's class probabilities by id.
// Layout: IAsyncEnumerable<(int Id, double[] Logits)> → Dictionary<int, double[]>.
// Bug (LG0003): Math.Exp of the raw logit, no max subtracted, then divided by the row sum (∞/∞ above ~709).
// Our own code.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut71.AsyncStream_RawExpBatches;

public static class ScoredStream
{
    public static async Task<Dictionary<int, double[]>> CollectAsync(IAsyncEnumerable<(int Id, double[] Logits)> stream)
    {
        var result = new Dictionary<int, double[]>();
        await foreach (var (id, logits) in stream)
        {
            var weights = new double[logits.Length];
            double norm = 0;
            for (int c = 0; c < logits.Length; c++)
            {
                weights[c] = Math.Exp(logits[c]); //~ LG0003
                norm += weights[c];
            }
            for (int c = 0; c < weights.Length; c++) weights[c] /= norm;
            result[id] = weights;
        }
        return result;
    }
}
