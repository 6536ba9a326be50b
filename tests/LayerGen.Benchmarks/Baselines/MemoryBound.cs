using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LayerGen.Benchmarks.Baselines;

/// <summary>
/// The memory traffic every forward needs, with nothing else: read x and write y once, in <see cref="Vector256"/>
/// loads and ordinary stores (no non-temporal stores, unlike <c>memmove</c> or TensorPrimitives on large spans,
/// so data that fits in cache stays there, as it does for the kernels).
/// </summary>
public static class MemoryBound
{
    /// <summary>Copies <paramref name="x"/> to <paramref name="y"/>.</summary>
    public static void Copy(ReadOnlySpan<float> x, Span<float> y)
    {
        ref float source = ref MemoryMarshal.GetReference(x);
        ref float destination = ref MemoryMarshal.GetReference(y);
        int vectorEnd = x.Length - (x.Length % Vector256<float>.Count);
        int i = 0;
        for (; i < vectorEnd; i += Vector256<float>.Count)
        {
            Vector256.LoadUnsafe(ref source, (nuint)i).StoreUnsafe(ref destination, (nuint)i);
        }

        for (; i < x.Length; i++)
        {
            y[i] = x[i];
        }
    }
}
