// Idiom: `await foreach (var (index, logits) in source)` over an `IAsyncEnumerable` of named tuples, results stored in
// a `Dictionary<int, double[]>` keyed by the row index.
// Use: collecting per-request probabilities from an async stream of scored requests.
// Layout: IAsyncEnumerable<(int Index, double[] Logits)>, one row per element.
// Bug: LG0001 — the ceiling is declared before the stream loop and folded over every row seen so far (never reset).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut81.AsyncStream_RunningPeak;

public static class RequestCollector
{
    public static async Task<Dictionary<int, double[]>> CollectAsync(IAsyncEnumerable<(int Index, double[] Logits)> source)
    {
        var byIndex = new Dictionary<int, double[]>();
        double ceiling = double.NegativeInfinity;
        await foreach (var (index, logits) in source)
        {
            foreach (double z in logits)
                if (z > ceiling) ceiling = z; //~ LG0001

            double[] w = new double[logits.Length];
            double acc = 0;
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = Math.Exp(logits[k] - ceiling);
                acc += w[k];
            }

            for (int k = 0; k < w.Length; k++)
                w[k] /= acc;
            byIndex[index] = w;
        }

        return byIndex;
    }
}
