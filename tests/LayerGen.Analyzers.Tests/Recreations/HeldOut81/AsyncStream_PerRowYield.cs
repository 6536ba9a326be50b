// Idiom: an async iterator (`async IAsyncEnumerable<float[]>` with `[EnumeratorCancellation]`) consuming rows with
// `await foreach (... in rows.WithCancellation(ct).ConfigureAwait(false))` and `yield return`-ing each row's softmax.
// Use: a streaming softmax stage in an async pipeline.
// Layout: IAsyncEnumerable<float[]> rows in, IAsyncEnumerable<float[]> probabilities out.
// Correct: `row.Max()` and the sum are per streamed row.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.AsyncStream_PerRowYield;

public static class StreamingSoftmax
{
    public static async IAsyncEnumerable<float[]> SoftmaxAsync(IAsyncEnumerable<float[]> rows, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (float[] row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            float top = row.Max();
            float[] e = new float[row.Length];
            float s = 0f;
            for (int i = 0; i < row.Length; i++)
                s += e[i] = MathF.Exp(row[i] - top);
            for (int i = 0; i < e.Length; i++)
                e[i] /= s;
            yield return e;
        }
    }
}
