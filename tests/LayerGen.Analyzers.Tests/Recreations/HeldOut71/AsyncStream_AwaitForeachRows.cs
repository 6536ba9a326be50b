// Idiom: async iterator over IAsyncEnumerable<float[]> with `await foreach`, WithCancellation/ConfigureAwait.
// Use: a streaming inference stage that turns logit rows into probability rows as they arrive.
// Layout: IAsyncEnumerable<float[]>, one row per sample.
// Correct: max seeded with the row's first element, exps by Array.ConvertAll, reciprocal of the row sum.
// Our own code.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut71.AsyncStream_AwaitForeachRows;

public static class AsyncRows
{
    public static async IAsyncEnumerable<float[]> SoftmaxAsync(
        IAsyncEnumerable<float[]> source,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (float[] logits in source.WithCancellation(ct).ConfigureAwait(false))
        {
            float m = logits[0];
            for (int i = 1; i < logits.Length; i++) m = MathF.Max(m, logits[i]);
            float[] p = Array.ConvertAll(logits, v => MathF.Exp(v - m));
            float s = 0f;
            foreach (float e in p) s += e;
            float inv = 1f / s;
            for (int i = 0; i < p.Length; i++) p[i] *= inv;
            yield return p;
        }
    }
}
