// Idiom: async method awaiting a row loader inside the row loop (`await load(r, ct).ConfigureAwait(false)`).
// Use: scoring rows fetched one at a time from a store, softmax per fetched row.
// Layout: each fetched row a double[classes]; result jagged double[batch][classes].
// Correct: the max and the sum are taken per fetched row.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.AwaitRowLoop_LoadedRows;

public static class LoadedRowSoftmax
{
    public static async Task<double[][]> ScoreAsync(int batch, Func<int, CancellationToken, Task<double[]>> load, CancellationToken ct = default)
    {
        var result = new double[batch][];
        for (int r = 0; r < batch; r++)
        {
            double[] logits = await load(r, ct).ConfigureAwait(false);
            double max = double.NegativeInfinity;
            foreach (double z in logits)
                max = Math.Max(max, z);

            var probs = new double[logits.Length];
            double sum = 0.0;
            for (int c = 0; c < logits.Length; c++)
            {
                probs[c] = Math.Exp(logits[c] - max);
                sum += probs[c];
            }

            for (int c = 0; c < probs.Length; c++)
                probs[c] /= sum;
            result[r] = probs;
        }

        return result;
    }
}
