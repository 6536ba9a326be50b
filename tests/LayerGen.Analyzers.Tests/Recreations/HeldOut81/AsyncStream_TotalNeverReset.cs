// Idiom: a hand-written async enumeration, `await using var it = source.GetAsyncEnumerator()` and
// `while (await it.MoveNextAsync())`, reading `it.Current`.
// Use: draining a stream of logit rows into probability rows.
// Layout: IAsyncEnumerable<float[]> rows, List<float[]> out.
// Bug: LG0002 — the normaliser `mass` is declared before the loop and never reset, so it sums every row so far.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut81.AsyncStream_TotalNeverReset;

public static class StreamDrain
{
    public static async Task<List<float[]>> DrainAsync(IAsyncEnumerable<float[]> source)
    {
        var probs = new List<float[]>();
        float mass = 0f;
        await using IAsyncEnumerator<float[]> it = source.GetAsyncEnumerator();
        while (await it.MoveNextAsync())
        {
            float[] row = it.Current;
            float hi = row[0];
            for (int c = 1; c < row.Length; c++)
                hi = MathF.Max(hi, row[c]);

            var p = new float[row.Length];
            for (int c = 0; c < row.Length; c++)
            {
                p[c] = MathF.Exp(row[c] - hi);
                mass += p[c]; //~ LG0002
            }

            for (int c = 0; c < row.Length; c++)
                p[c] /= mass;
            probs.Add(p);
        }

        return probs;
    }
}
