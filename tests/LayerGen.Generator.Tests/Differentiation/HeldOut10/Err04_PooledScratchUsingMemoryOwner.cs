// expect: error
// Allocation-free habits: a softmax whose exp scratch comes from MemoryPool<double>.Shared.Rent(n) in a `using`
// declaration (disposed at the end of the row), as a performance-minded C# port writes it. `using` and a rented
// IMemoryOwner are outside the subset (a stackalloc or new double[n] buffer is the supported form).
using System;
using System.Buffers;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class PooledScratchUsingMemoryOwner
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        using IMemoryOwner<double> owner = MemoryPool<double>.Shared.Rent(x.Length); //~ LG11
        Span<double> scratch = owner.Memory.Span;
        double max = x[0];
        for (int i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
        double sum = 0;
        for (int i = 0; i < x.Length; i++) { scratch[i] = Math.Exp(x[i] - max); sum += scratch[i]; }
        for (int i = 0; i < x.Length; i++) y[i] = scratch[i] / sum;
    }
}
