// Idiom: inventory allocation weights over warehouses for each SKU (softmax of fulfilment scores), computed in a
// pooled scratch buffer with a private span helper, as an order-management service splits replenishment.
// Layout: IReadOnlyList<SkuDemand> records (double[] warehouse scores), ArrayPool<double> buffer sliced per SKU,
// Dictionary<string, double[]> out.
// Correct: the helper normalises one SKU's slice with that slice's own max and sum.
using System;
using System.Buffers;
using System.Collections.Generic;

namespace HeldOut53.WarehouseAllocation_PooledPerSku;

public sealed record SkuDemand(string Sku, double[] WarehouseScores);

public sealed class AllocationService
{
    public Dictionary<string, double[]> Allocate(IReadOnlyList<SkuDemand> demands, int warehouses)
    {
        var result = new Dictionary<string, double[]>(demands.Count);
        double[] buffer = ArrayPool<double>.Shared.Rent(demands.Count * warehouses);
        try
        {
            Span<double> all = buffer.AsSpan(0, demands.Count * warehouses);
            for (int k = 0; k < demands.Count; k++)
            {
                Span<double> slot = all.Slice(k * warehouses, warehouses);
                Normalise(demands[k].WarehouseScores, slot);
                result[demands[k].Sku] = slot.ToArray();
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }

        return result;
    }

    private static void Normalise(ReadOnlySpan<double> scores, Span<double> weights)
    {
        double max = double.NegativeInfinity;
        foreach (double s in scores)
        {
            max = Math.Max(max, s);
        }

        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            weights[i] = Math.Exp(scores[i] - max);
            sum += weights[i];
        }

        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] /= sum;
        }
    }
}
