// Source: H2O heavy-hitter oracle KV-cache eviction (Zhang et al. 2023; FMInference/H2O, litgpt `H2OKVCache`):
//   at each decode step every head's attention over the filled cache slots is a softmax, and the probabilities are
//   accumulated per slot (summed over heads and steps) to pick the slot to evict outside the recent window.
// Layout: class with a fixed capacity; ReadOnlyMemory<float> scores [heads · capacity] with only `Filled` slots
//   valid (stale slots after them); per-head `Slice`, TensorPrimitives.Max for the peak, reciprocal scaling; the
//   per-slot accumulator sums probabilities over heads (not a normaliser); the victim is returned as a tuple.
// Correct.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>H2O attention step and heavy-hitter bookkeeping for one layer.</summary>
public sealed class HeavyHitterCache
{
    private readonly float[] _accumulated;

    /// <summary>Creates a cache with <paramref name="capacity"/> slots.</summary>
    public HeavyHitterCache(int capacity)
    {
        Capacity = capacity;
        _accumulated = new float[capacity];
    }

    /// <summary>Number of slots.</summary>
    public int Capacity { get; }

    /// <summary>Number of slots holding a key and value.</summary>
    public int Filled { get; set; }

    /// <summary>Writes this step's attention probabilities [heads · capacity] and accumulates them per slot.</summary>
    public void Step(ReadOnlyMemory<float> scores, int heads, Memory<float> probs)
    {
        ReadOnlySpan<float> all = scores.Span;
        Span<float> output = probs.Span;
        int n = Filled;
        for (int h = 0; h < heads; h++)
        {
            ReadOnlySpan<float> row = all.Slice(h * Capacity, n);
            Span<float> p = output.Slice(h * Capacity, n);
            float peak = TensorPrimitives.Max(row);
            float z = 0f;
            for (int t = 0; t < n; t++)
            {
                p[t] = MathF.Exp(row[t] - peak);
                z += p[t];
            }

            float inv = 1f / z;
            for (int t = 0; t < n; t++)
            {
                p[t] *= inv;
                _accumulated[t] += p[t];
            }
        }
    }

    /// <summary>The slot with the least accumulated attention outside the last <paramref name="recent"/> slots.</summary>
    public (int Slot, float Score) Victim(int recent)
    {
        int victim = -1;
        float least = float.PositiveInfinity;
        for (int t = 0; t < Filled - recent; t++)
        {
            if (_accumulated[t] < least)
            {
                least = _accumulated[t];
                victim = t;
            }
        }

        return (victim, least);
    }
}
