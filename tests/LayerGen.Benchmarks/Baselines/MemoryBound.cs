using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LayerGen.Benchmarks.Baselines;

/// <summary>
/// The memory traffic the kernels need, with no other work. <see cref="Copy"/> is a forward's: read x and write y once.
/// <see cref="Multiply"/> is a backward's: read y and dy, write dx once. Both use
/// <see cref="Vector256"/> loads and ordinary stores.
/// </summary>
/// <remarks>
/// No non-temporal stores (unlike <c>memmove</c> or TensorPrimitives on large spans), so data that fits in cache stays
/// there, as it does for the kernels.
/// </remarks>
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

    /// <summary>Writes <paramref name="y"/> ⊙ <paramref name="dy"/> to <paramref name="dx"/>.</summary>
    public static void Multiply(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx)
    {
        ref float a = ref MemoryMarshal.GetReference(y);
        ref float b = ref MemoryMarshal.GetReference(dy);
        ref float destination = ref MemoryMarshal.GetReference(dx);
        int vectorEnd = y.Length - (y.Length % Vector256<float>.Count);
        int i = 0;
        for (; i < vectorEnd; i += Vector256<float>.Count)
        {
            (Vector256.LoadUnsafe(ref a, (nuint)i) * Vector256.LoadUnsafe(ref b, (nuint)i)).StoreUnsafe(ref destination, (nuint)i);
        }

        for (; i < y.Length; i++)
        {
            dx[i] = y[i] * dy[i];
        }
    }
}
