// Idiom: batched recommendation API: every request's candidate logits written into one pooled buffer, softmax per request, top k
// Layout: one ArrayPool<float> buffer with int[] offsets per request (flat ragged), TensorPrimitives for the reductions
// Bug (LG0002): each request is shifted by its own max, but the normaliser is TensorPrimitives.Sum over the whole used buffer
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using System.Threading.Tasks;

namespace HeldOut36.TopKService_PooledBatchNormaliser;

public sealed record ScoredRequest(string RequestId, int[] ItemIds, float[] Logits);

public sealed class BatchRecommender
{
    public Task<Dictionary<string, (int ItemId, float Probability)[]>> TopKAsync(IReadOnlyList<ScoredRequest> batch, int k)
    {
        int used = batch.Sum(r => r.Logits.Length);
        float[] pool = ArrayPool<float>.Shared.Rent(used);
        var offsets = new int[batch.Count + 1];
        try
        {
            for (int r = 0; r < batch.Count; r++)
            {
                float[] logits = batch[r].Logits;
                offsets[r + 1] = offsets[r] + logits.Length;
                float top = TensorPrimitives.Max(logits);
                Span<float> slot = pool.AsSpan(offsets[r], logits.Length);
                TensorPrimitives.Subtract(logits, top, slot);
                TensorPrimitives.Exp(slot, slot);
            }

            float z = TensorPrimitives.Sum(pool.AsSpan(0, used)); //~ LG0002
            var result = new Dictionary<string, (int ItemId, float Probability)[]>();
            for (int r = 0; r < batch.Count; r++)
            {
                int start = offsets[r];
                result[batch[r].RequestId] = batch[r].ItemIds
                    .Select((item, i) => (item, pool[start + i] / z))
                    .OrderByDescending(t => t.Item2)
                    .Take(k)
                    .ToArray();
            }

            return Task.FromResult(result);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(pool);
        }
    }
}
