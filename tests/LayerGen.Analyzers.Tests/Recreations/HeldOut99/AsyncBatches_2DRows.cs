// Idiom: consuming an IAsyncEnumerable of whole batches with await foreach (...).ConfigureAwait(false) and collecting
// the normalised batches into a list.
// Use: an offline evaluator that pages logits from storage one batch at a time.
// Layout: each stream item is a 2D float[rows, classes]; softmax over each row of each batch.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.AsyncBatches_2DRows;

public static class PagedEvaluator
{
    public static async Task<List<float[,]>> NormaliseAllAsync(IAsyncEnumerable<float[,]> pages, CancellationToken ct = default)
    {
        var results = new List<float[,]>();
        await foreach (float[,] page in pages.WithCancellation(ct).ConfigureAwait(false))
        {
            int rows = page.GetLength(0), classes = page.GetLength(1);
            var probs = new float[rows, classes];
            for (int r = 0; r < rows; r++)
            {
                float m = page[r, 0];
                for (int c = 1; c < classes; c++)
                {
                    if (page[r, c] > m)
                    {
                        m = page[r, c];
                    }
                }

                float s = 0f;
                for (int c = 0; c < classes; c++)
                {
                    s += probs[r, c] = MathF.Exp(page[r, c] - m);
                }

                for (int c = 0; c < classes; c++)
                {
                    probs[r, c] /= s;
                }
            }

            results.Add(probs);
        }

        return results;
    }
}
