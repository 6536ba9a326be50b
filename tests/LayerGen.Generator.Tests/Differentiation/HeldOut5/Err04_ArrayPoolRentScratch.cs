// A centred tanh layer whose scratch buffer comes from ArrayPool<double>.Shared (habit from allocation-free server
// code): Rent and Return are calls into the pool with side effects, not part of the row's math.
// expect: error
using System;
using System.Buffers;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class ArrayPoolRentScratch
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double[] scratch = ArrayPool<double>.Shared.Rent(x.Length); //~ LG11
        double mean = 0;
        for (int i = 0; i < x.Length; i++) mean += x[i];
        mean /= x.Length;
        for (int i = 0; i < x.Length; i++) scratch[i] = Math.Tanh(x[i] - mean);
        for (int i = 0; i < x.Length; i++) y[i] = scratch[i];
        ArrayPool<double>.Shared.Return(scratch); //~ LG11
    }
}
