// Idiom: an async iterator that turns a stream of logit rows into a stream of probability rows (await foreach + yield return).
// Use: a scoring service reads rows from a network reader and streams class probabilities to the caller as they arrive.
// Layout: one float[] row per stream item (jagged), softmax over each item.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.AsyncStream_JaggedRows;

public static class ProbabilityStream
{
    public static async IAsyncEnumerable<float[]> SoftmaxRowsAsync(
        IAsyncEnumerable<float[]> rows,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (float[] logits in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            float max = float.NegativeInfinity;
            foreach (float v in logits)
            {
                if (v > max) max = v;
            }

            var probs = new float[logits.Length];
            float sum = 0f;
            for (int j = 0; j < logits.Length; j++)
            {
                probs[j] = MathF.Exp(logits[j] - max);
                sum += probs[j];
            }

            for (int j = 0; j < probs.Length; j++) probs[j] /= sum;
            yield return probs;
        }
    }
}
