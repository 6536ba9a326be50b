// Exponential "sped up" by a memo table: a static ConcurrentDictionary caches exp(v) per input value.
// Re-creates: the memoisation habit applied to activation functions (shape only; our own code).
// A call into a collection (and a write to shared state) is outside any differentiable subset: an error is expected.
// expect: error
using System;
using System.Collections.Concurrent;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(5)]
public partial class MemoisedExpDictionary
{
    static readonly ConcurrentDictionary<double, double> ExpCache = new();

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = ExpCache.GetOrAdd(x[i], Math.Exp); //~ LG11
    }
}
